#include "io/CsvParser.h"

#include <QBuffer>
#include <QtTest>

// The streaming CSV reader against the files people really bring: RFC 4180 quoting, line breaks
// inside fields, every line-end style, BOMs, Latin-1, broken quoting and bad bytes - each
// record with its line number, and one bad record never hiding the next.
class TestCsvParser : public QObject
{
    Q_OBJECT

private:
    static QList<CsvParser::Record> parseAll(const QByteArray& data, CsvParser::Options options = {})
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer, options);
        QList<CsvParser::Record> records;
        while (std::optional<CsvParser::Record> record = parser.next())
            records.append(*record);
        return records;
    }

private slots:
    void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks()
    {
        const QByteArray data = "name,note\r\n"
                                "\"Acme, Inc.\",\"said \"\"hi\"\"\"\r\n"
                                "\"Two\r\nlines\",x\r\n"
                                "last,row"; // no final line end
        const auto records = parseAll(data);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].fields, QStringList({"name", "note"}));
        QCOMPARE(records[1].fields, QStringList({"Acme, Inc.", "said \"hi\""}));
        QCOMPARE(records[2].fields, QStringList({"Two\r\nlines", "x"}));
        QCOMPARE(records[3].fields, QStringList({"last", "row"}));
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[2].line, 3);
        QCOMPARE(records[3].line, 5); // the quoted line break moved it down one line
        QCOMPARE(records[1].raw, QByteArray("\"Acme, Inc.\",\"said \"\"hi\"\"\""));
    }

    void acceptsEveryLineEndAndSkipsBlankLines()
    {
        const auto records = parseAll("a,b\nc,d\r\re,f\r\n\r\n\"\",g\n");
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[1].fields, QStringList({"c", "d"}));
        QCOMPARE(records[2].fields, QStringList({"e", "f"}));
        QCOMPARE(records[2].line, 4);
        QCOMPARE(records[3].fields, QStringList({"", "g"}));
        QCOMPARE(records[3].line, 6);
    }

    void keepsEmptyAndSpacedFields()
    {
        const auto records = parseAll(" a ,,\"\", b\n");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields, QStringList({" a ", "", "", " b"}));
    }

    void detectsTheDelimiter_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
        QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n4;5;6\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
        QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
        QTest::newRow("comma inside quotes does not count") << QByteArray("\"a,b\";c\n\"d,e\";f\n") << ';';
        QTest::newRow("one column falls back to comma") << QByteArray("a\nb\n") << ',';
    }

    void detectsTheDelimiter()
    {
        QFETCH(QByteArray, data);
        QFETCH(char, delimiter);
        QCOMPARE(CsvParser::detectDelimiter(data), delimiter);
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer);
        QVERIFY(parser.next());
        QCOMPARE(parser.delimiter(), delimiter);
    }

    void readsUtf8WithAndWithoutBom()
    {
        const QByteArray text = "M\xC3\xBCller GmbH,\xE2\x82\xAC"
                                "5\n";
        for (const QByteArray& data : {text, QByteArray("\xEF\xBB\xBF") + text}) {
            QBuffer buffer;
            buffer.setData(data);
            buffer.open(QIODevice::ReadOnly);
            CsvParser parser(&buffer);
            const auto record = parser.next();
            QVERIFY(record && record->isValid());
            QCOMPARE(record->fields, QStringList({QStringLiteral("Müller GmbH"), QStringLiteral("€5")}));
            QCOMPARE(parser.encoding(), CsvParser::Encoding::Utf8);
            QCOMPARE(parser.hadByteOrderMark(), data.startsWith("\xEF"));
        }
    }

    void detectsLatin1()
    {
        QBuffer buffer;
        buffer.setData("M\xFCller,Stra\xDF"
                       "e\n");
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer);
        const auto record = parser.next();
        QVERIFY(record && record->isValid());
        QCOMPARE(parser.encoding(), CsvParser::Encoding::Latin1);
        QCOMPARE(record->fields, QStringList({QStringLiteral("Müller"), QStringLiteral("Straße")}));
    }

    void mostlyUtf8WithStrayLatin1LinesIsUtf8()
    {
        // A list pasted together from two systems: the Latin-1 lines (even the first) fail one by
        // one with their line numbers instead of every UTF-8 line being read garbled.
        const QByteArray data = "name,city\n"
                                "J\xE4ger AG,Graz\n"
                                "M\xC3\xBCller GmbH,K\xC3\xB6ln\n"
                                "Zo\xC3\xAB Ltd,Z\xC3\xBCrich\n"
                                "plain,ascii\n"
                                "Caf\xE9 SA,Paris\n"
                                "\xC3\x89"
                                "cole,Orl\xC3\xA9"
                                "ans\n";
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer);
        QList<CsvParser::Record> records;
        while (auto record = parser.next())
            records << *record;
        QCOMPARE(parser.encoding(), CsvParser::Encoding::Utf8);
        QCOMPARE(records.size(), 7);
        QVERIFY(!records[1].isValid());
        QVERIFY2(records[1].error.contains(QLatin1String("Line 2")), qPrintable(records[1].error));
        QCOMPARE(records[2].fields, QStringList({QStringLiteral("Müller GmbH"), QStringLiteral("Köln")}));
        QCOMPARE(records[3].fields.at(1), QStringLiteral("Zürich"));
        QVERIFY(records[4].isValid());
        QVERIFY(!records[5].isValid());
        QVERIFY(records[5].error.contains(QLatin1String("Line 6")));
        QCOMPARE(records[6].fields, QStringList({QStringLiteral("École"), QStringLiteral("Orléans")}));
        QCOMPARE(CsvParser::detectEncoding(data), CsvParser::Encoding::Utf8);
    }

    void latin1ThroughoutIsLatin1()
    {
        QByteArray data = "name,city\n";
        for (int i = 0; i < 200; ++i)
            data += "M\xFCller " + QByteArray::number(i) + ",M\xFCnchen\n";
        data += "Ren\xC3\xA9,x\n"; // one line that happens to be well-formed UTF-8
        QCOMPARE(CsvParser::detectEncoding(data), CsvParser::Encoding::Latin1);
        const auto records = parseAll(data);
        QCOMPARE(records.size(), 202);
        for (const auto& record : records)
            QVERIFY2(record.isValid(), qPrintable(record.error));
        QCOMPARE(records[1].fields, QStringList({QStringLiteral("Müller 0"), QStringLiteral("München")}));
        // Plain ASCII, valid UTF-8 and a UTF-8 sequence cut off by the end of the sample are UTF-8.
        QCOMPARE(CsvParser::detectEncoding("a,b\n"), CsvParser::Encoding::Utf8);
        QCOMPARE(CsvParser::detectEncoding("a,\xE2\x82", true), CsvParser::Encoding::Utf8);
        QCOMPARE(CsvParser::detectEncoding("a,\xE2\x82"), CsvParser::Encoding::Latin1);
    }

    void reportsBadUtf8PerRecordAndGoesOn()
    {
        CsvParser::Options options;
        options.encoding = CsvParser::Encoding::Utf8;
        const auto records = parseAll("ok,1\nbad \xFF,2\n\xC0\xAF,3\nfine,4\n", options);
        QCOMPARE(records.size(), 4);
        QVERIFY(records[0].isValid());
        QVERIFY(!records[1].isValid());
        QVERIFY(records[1].error.contains(QLatin1String("Line 2")));
        QVERIFY(!records[2].isValid()); // an overlong encoding of '/'
        QCOMPARE(records[3].fields, QStringList({"fine", "4"}));
        QCOMPARE(records[1].raw, QByteArray("bad \xFF,2"));
    }

    void reportsBadQuotingAndResumesOnTheNextLine()
    {
        const auto records = parseAll("a,\"b\"x,c\nd,e\n\"open,f\ng,h\n");
        QCOMPARE(records.size(), 4);
        QVERIFY(!records[0].isValid());
        QVERIFY2(records[0].error.contains(QLatin1String("Line 1")), qPrintable(records[0].error));
        QCOMPARE(records[0].raw, QByteArray("a,\"b\"x,c")); // the whole line, not just up to the error
        QCOMPARE(records[1].fields, QStringList({"d", "e"}));
        QCOMPARE(records[1].line, 2);
        QVERIFY(!records[2].isValid()); // never closed: the line fails on its own
        QVERIFY2(records[2].error.contains(QLatin1String("line 3")), qPrintable(records[2].error));
        QCOMPARE(records[2].raw, QByteArray("\"open,f"));
        QCOMPARE(records[3].fields, QStringList({"g", "h"}));
        QCOMPARE(records[3].line, 4);
    }

    void rawHoldsTheWholeLineOfABadlyQuotedRecord()
    {
        // The error file is built from raw: it must be the record's full text, whatever the line end.
        const auto records = parseAll("name,mail,city\r\n"
                                      "\"Bad \"\"quote\"x,bob@example.com,Berlin\r\n"
                                      "\"ok\" ,x,y\r"
                                      "fine,f@example.com,Rome\n"
                                      "a,\"b\"c,\"tail, with comma\"");
        QCOMPARE(records.size(), 5);
        QVERIFY(!records[1].isValid());
        QCOMPARE(records[1].raw, QByteArray("\"Bad \"\"quote\"x,bob@example.com,Berlin"));
        QCOMPARE(records[1].line, 2);
        QVERIFY(!records[2].isValid());
        QCOMPARE(records[2].raw, QByteArray("\"ok\" ,x,y"));
        QCOMPARE(records[3].fields, QStringList({"fine", "f@example.com", "Rome"}));
        QCOMPARE(records[3].line, 4);
        QVERIFY(!records[4].isValid()); // the last line, without a line end
        QCOMPARE(records[4].raw, QByteArray("a,\"b\"c,\"tail, with comma\""));
        QCOMPARE(records[4].line, 5);
    }

    void aStrayOpeningQuoteDoesNotSwallowTheNextRecords()
    {
        // A quote that opens a field and is closed only lines later (by the next record's quote)
        // or never: the record fails on its own first line and reading resumes on the next line.
        const auto records = parseAll("id,name\n"
                                      "1,\"stray\n"
                                      "2,two\n"
                                      "3,\"three, quoted\"\n"
                                      "4,\"open again\r\n"
                                      "5,five\r\n");
        QCOMPARE(records.size(), 6);
        QVERIFY(!records[1].isValid());
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[1].raw, QByteArray("1,\"stray"));
        QVERIFY2(records[1].error.contains(QLatin1String("Line 2")), qPrintable(records[1].error));
        QCOMPARE(records[2].fields, QStringList({"2", "two"}));
        QCOMPARE(records[2].line, 3);
        QCOMPARE(records[3].fields, QStringList({"3", "three, quoted"}));
        QCOMPARE(records[3].line, 4);
        QVERIFY(!records[4].isValid()); // never closed
        QCOMPARE(records[4].raw, QByteArray("4,\"open again"));
        QVERIFY2(records[4].error.contains(QLatin1String("line 5")), qPrintable(records[4].error));
        QCOMPARE(records[5].fields, QStringList({"5", "five"}));
        QCOMPARE(records[5].line, 6);
    }

    void aBrokenMultiLineRecordFailsOnItsFirstLine()
    {
        // Junk after a quoted field that ran over a line end: the first line fails, the next lines
        // are read as records of their own (they fail or pass on their own; nothing is hidden).
        CsvParser::Options options;
        options.delimiter = ',';
        QByteArray data = "\"first\r\nsecond\"x,y\r\nnext,row\r\n";
        auto records = parseAll(data, options);
        QCOMPARE(records.size(), 3);
        QVERIFY(!records[0].isValid());
        QCOMPARE(records[0].raw, QByteArray("\"first"));
        // The line where the field ended holds its closing quote (an odd number of quotes): the
        // broken record's tail, which must not pass for a record of its own.
        QVERIFY(!records[1].isValid());
        QVERIFY2(records[1].error.contains(QLatin1String("starts on line 1")), qPrintable(records[1].error));
        QCOMPARE(records[1].raw, QByteArray("second\"x,y"));
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[2].fields, QStringList({"next", "row"}));
        QCOMPARE(records[2].line, 3);

        // The same with the tail further down and as many fields as a record: still not one.
        data = "name,city\n\"Acme\nmore text\nInc.\" ,Rome\nBeta,Oslo\n";
        records = parseAll(data, options);
        QCOMPARE(records.size(), 5);
        QVERIFY(!records[1].isValid());
        QCOMPARE(records[2].fields, QStringList({"more text"})); // one field: fails the field count later
        QVERIFY(!records[3].isValid());
        QCOMPARE(records[3].line, 4);
        QCOMPARE(records[4].fields, QStringList({"Beta", "Oslo"}));

        // Too long inside a quoted field that ran over line ends: the same.
        options.maxFieldBytes = 1024;
        data = "a,\"" + QByteArray(600, 'x') + "\n" + QByteArray(600, 'y') + "\"\nb,c\n";
        records = parseAll(data, options);
        QCOMPARE(records.size(), 3);
        QVERIFY(!records[0].isValid());
        QCOMPARE(records[0].raw, "a,\"" + QByteArray(600, 'x'));
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[2].fields, QStringList({"b", "c"}));
        QCOMPARE(records[2].line, 3);
    }

    void aTooLongFieldKeepsItsLineUpToTheLimit()
    {
        CsvParser::Options options;
        options.maxFieldBytes = 1024;
        const QByteArray line = "1," + QByteArray(5000, 'x') + ",tail";
        const auto records = parseAll("id,blob,z\n" + line + "\r\n2,small,z\n", options);
        QCOMPARE(records.size(), 3);
        QVERIFY(!records[1].isValid());
        QCOMPARE(records[1].raw, line.left(1024));
        QCOMPARE(records[2].fields, QStringList({"2", "small", "z"}));
    }

    void aQuoteInsideAnUnquotedFieldIsKept()
    {
        const auto records = parseAll("5\" disk,x\n");
        QCOMPARE(records[0].fields, QStringList({"5\" disk", "x"}));
    }

    void refusesUtf16()
    {
        QBuffer buffer;
        buffer.setData(QByteArray("\xFF\xFE"
                                  "a\0,\0b\0",
                                  8));
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer);
        QVERIFY(!parser.next());
        QVERIFY(parser.errorString().contains(QLatin1String("UTF-16")));
    }

    void limitsFieldSizeButReadsLargeFields()
    {
        const QByteArray big(10 * 1024 * 1024, 'x');
        auto records = parseAll("id,blob\n1,\"" + big + "\"\n2,small\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].fields.at(1).size(), big.size());
        QCOMPARE(records[2].fields, QStringList({"2", "small"}));

        CsvParser::Options options;
        options.maxFieldBytes = 1024 * 1024;
        records = parseAll("id,blob\n1," + big + "\n2,small\n", options);
        QCOMPARE(records.size(), 3);
        QVERIFY(!records[1].isValid());
        QVERIFY(records[1].error.contains(QLatin1String("Line 2")));
        QCOMPARE(records[2].fields, QStringList({"2", "small"}));
        QCOMPARE(records[2].line, 3);
    }

    void readsAcrossChunkBoundaries()
    {
        // Many records over several 1 MiB reads, with CRLF and quotes landing on the boundaries.
        QByteArray data;
        const int count = 60000;
        for (int i = 0; i < count; ++i)
            data += "\"row " + QByteArray::number(i) + "\",\"q\"\"" + QByteArray(i % 13, 'z') + "\"\r\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer);
        int n = 0;
        while (auto record = parser.next()) {
            QVERIFY(record->isValid());
            QCOMPARE(record->fields.at(0), QStringLiteral("row %1").arg(n));
            QCOMPARE(record->fields.at(1).size(), 2 + n % 13);
            QCOMPARE(record->line, n + 1);
            ++n;
        }
        QCOMPARE(n, count);
        QCOMPARE(parser.bytesRead(), data.size());
    }

    void rawAndLinesStayRightAcrossChunkBoundaries()
    {
        // Good and broken records over several 1 MiB reads: each raw is exactly its line.
        QList<QByteArray> lines;
        QByteArray data;
        for (int i = 0; i < 40000; ++i) {
            const QByteArray n = QByteArray::number(i);
            QByteArray line;
            if (i % 997 == 5)
                line = "\"bad\"x" + QByteArray(i % 31, 'b') + "," + n;
            else if (i % 991 == 3)
                line = n + ",\"stray";
            else
                line = "\"row " + n + "\",\"q\"\"" + QByteArray(i % 13, 'z') + "\"";
            lines << line;
            data += line + (i % 2 ? "\r\n" : "\n");
        }
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer);
        int n = 0;
        while (auto record = parser.next()) {
            QVERIFY(n < lines.size());
            QCOMPARE(record->raw, lines.at(n));
            QCOMPARE(record->line, n + 1);
            QCOMPARE(record->isValid(), !(n % 997 == 5 || n % 991 == 3));
            ++n;
        }
        QCOMPARE(n, lines.size());
        QCOMPARE(parser.bytesRead(), data.size());
    }

    void utf8ValidatorRejectsSurrogatesAndAcceptsAllPlanes()
    {
        QVERIFY(CsvParser::isValidUtf8("plain"));
        QVERIFY(CsvParser::isValidUtf8("\xF0\x9F\x98\x80")); // an emoji
        QVERIFY(!CsvParser::isValidUtf8("\xED\xA0\x80"));    // a UTF-16 surrogate
        QVERIFY(!CsvParser::isValidUtf8("\xE2\x82"));        // cut short
        QVERIFY(CsvParser::isValidUtf8("\xE2\x82", true));   // ... acceptable at a sample's end
    }
};

QTEST_APPLESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
