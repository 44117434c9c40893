#include "io/CsvParser.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QtTest>

// CsvWriter writes RFC 4180: quotes exactly the fields that need it, doubles quotes, ends
// records with CRLF, writes UTF-8 (with a BOM when asked) and, by default, defuses cells a
// spreadsheet would run as formulas. The import's CsvParser reads all of it back.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private:
    static QList<QStringList> parse(const QByteArray& bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        if (!buffer.open(QIODevice::ReadOnly))
            return {};
        CsvParser::Options options;
        options.delimiter = ',';
        options.encoding = CsvParser::Encoding::Utf8;
        CsvParser parser(&buffer, options);
        QList<QStringList> records;
        while (const auto record = parser.next())
            records << (record->isValid() ? record->fields : QStringList{QStringLiteral("ERROR: ") + record->error});
        return records;
    }

    static QByteArray write(const QList<QStringList>& rows, const CsvWriter::Options& options = CsvWriter::Options())
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return QByteArray();
        CsvWriter writer(&buffer, options);
        for (const QStringList& row : rows) {
            if (!writer.writeRow(row))
                return QByteArray("write failed");
        }
        return bytes;
    }
    static CsvWriter::Options plain()
    {
        CsvWriter::Options options;
        options.neutralizeFormulas = false;
        return options;
    }

private slots:
    void plainFieldsAreNotQuoted()
    {
        QCOMPARE(write({{QStringLiteral("a"), QStringLiteral("b c"), QString(), QStringLiteral(" d ")}}),
                 QByteArray("a,b c,, d \r\n"));
    }

    void quotesFieldsWithDelimiterQuoteOrLineBreak_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("only quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("LF") << QStringLiteral("line1\nline2") << QByteArray("\"line1\nline2\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("semicolon is plain") << QStringLiteral("a;b") << QByteArray("a;b");
    }
    void quotesFieldsWithDelimiterQuoteOrLineBreak()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, expected);
        QCOMPARE(write({{field, QStringLiteral("x")}}), expected + ",x\r\n");
    }

    void recordsEndWithCrlf()
    {
        QCOMPARE(write({{QStringLiteral("h1"), QStringLiteral("h2")}, {QStringLiteral("1"), QStringLiteral("2")}}),
                 QByteArray("h1,h2\r\n1,2\r\n"));
    }

    void singleEmptyFieldIsQuoted()
    {
        // Otherwise the record would be an empty line.
        QCOMPARE(write({{QString()}}), QByteArray("\"\"\r\n"));
        QCOMPARE(parse(write({{QString()}})), QList<QStringList>({{QString()}}));
    }

    void configurableDelimiter()
    {
        CsvWriter::Options options;
        options.delimiter = QLatin1Char(';');
        QCOMPARE(write({{QStringLiteral("a;b"), QStringLiteral("c,d")}}, options), QByteArray("\"a;b\";c,d\r\n"));
        options.delimiter = QLatin1Char('\t');
        options.neutralizeFormulas = false;
        QCOMPARE(write({{QStringLiteral("a\tb"), QStringLiteral("c")}}, options), QByteArray("\"a\tb\"\tc\r\n"));
    }

    void writesUtf8WithOptionalBom()
    {
        const QString text = QStringLiteral("Zürich €5 日本");
        QCOMPARE(write({{text}}), text.toUtf8() + "\r\n");
        CsvWriter::Options options;
        options.byteOrderMark = true;
        const QByteArray withBom = write({{text}, {QStringLiteral("second")}}, options);
        QCOMPARE(withBom, QByteArray("\xEF\xBB\xBF") + text.toUtf8() + "\r\nsecond\r\n"); // BOM once, first
        QCOMPARE(parse(withBom), QList<QStringList>({{text}, {QStringLiteral("second")}}));
    }

    void neutralizesFormulasByDefault_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("=") << QStringLiteral("=1+2") << QByteArray("'=1+2");
        QTest::newRow("+") << QStringLiteral("+1") << QByteArray("'+1");
        QTest::newRow("-") << QStringLiteral("-5") << QByteArray("'-5");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=x") << QByteArray("'\t=x");
        QTest::newRow("CR, also quoted") << QStringLiteral("\r=x") << QByteArray("\"'\r=x\"");
        QTest::newRow("with comma, quoted") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("inside is harmless") << QStringLiteral("a=b-c") << QByteArray("a=b-c");
        QTest::newRow("leading space") << QStringLiteral(" =x") << QByteArray(" =x");
        QTest::newRow("empty") << QString() << QByteArray("");
    }
    void neutralizesFormulasByDefault()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, expected);
        QVERIFY(CsvWriter::Options().neutralizeFormulas);
        QCOMPARE(write({{QStringLiteral("x"), field}}), "x," + expected + "\r\n");
    }

    void formulaNeutralisationCanBeTurnedOff()
    {
        QCOMPARE(write({{QStringLiteral("=1+2"), QStringLiteral("-5")}}, plain()), QByteArray("=1+2,-5\r\n"));
        QVERIFY(CsvWriter::looksLikeFormula(QStringLiteral("@x")));
        QVERIFY(!CsvWriter::looksLikeFormula(QStringLiteral("x@")));
    }

    void roundTripsThroughReader()
    {
        const QList<QStringList> rows = {
            {QStringLiteral("id"), QStringLiteral("text")},
            {QStringLiteral("1"), QStringLiteral("multi\r\nline, \"quoted\"")},
            {QStringLiteral("2"), QStringLiteral("{\"a\":\"b,c\"}")},
            {QStringLiteral("3"), QString()},
        };
        QCOMPARE(parse(write(rows, plain())), rows);
        // Neutralised cells read back with their apostrophe.
        QCOMPARE(parse(write({{QStringLiteral("=1+2"), QStringLiteral("a\nb")}})),
                 QList<QStringList>({{QStringLiteral("'=1+2"), QStringLiteral("a\nb")}}));
    }

    void reportsDeviceErrors()
    {
        QBuffer buffer; // never opened
        CsvWriter writer(&buffer);
        QVERIFY(!writer.writeRow({QStringLiteral("a")}));
        QVERIFY(writer.hasError());
        QVERIFY(!writer.errorString().isEmpty());
        QCOMPARE(writer.rowsWritten(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
