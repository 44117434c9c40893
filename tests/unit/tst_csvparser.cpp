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
        const QByteArray text = "M\xC3\xBCller GmbH,\xE2\x82\xAC" "5\n";
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
        buffer.setData("M\xFCller,Stra\xDF" "e\n");
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer);
        const auto record = parser.next();
        QVERIFY(record && record->isValid());
        QCOMPARE(parser.encoding(), CsvParser::Encoding::Latin1);
        QCOMPARE(record->fields, QStringList({QStringLiteral("Müller"), QStringLiteral("Straße")}));
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
        QCOMPARE(records.size(), 3);
        QVERIFY(!records[0].isValid());
        QVERIFY2(records[0].error.contains(QLatin1String("Line 1")), qPrintable(records[0].error));
        QCOMPARE(records[0].raw, QByteArray("a,\"b\"x"));
        QCOMPARE(records[1].fields, QStringList({"d", "e"}));
        QCOMPARE(records[1].line, 2);
        QVERIFY(!records[2].isValid()); // never closed: the rest of the file
        QVERIFY2(records[2].error.contains(QLatin1String("line 3")), qPrintable(records[2].error));
    }

    void aQuoteInsideAnUnquotedFieldIsKept()
    {
        const auto records = parseAll("5\" disk,x\n");
        QCOMPARE(records[0].fields, QStringList({"5\" disk", "x"}));
    }

    void refusesUtf16()
    {
        QBuffer buffer;
        buffer.setData(QByteArray("\xFF\xFE" "a\0,\0b\0", 8));
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
