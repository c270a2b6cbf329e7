import Foundation
import Testing
@testable import Lab

@Suite("Reading CSV text")
struct CSVTableReaderTests {
    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let text = "name,note,y\n\"Paris, France\",\"said \"\"hi\"\"\",a\n\"two\nlines\",x,b\nplain,z,a\n"
        let table = try CSVTableReader.parse(text, path: "q.csv")
        #expect(table.columnNames == ["name", "note", "y"])
        #expect(table.columns[0] == ["Paris, France", "two\nlines", "plain"])
        #expect(table.columns[1] == ["said \"hi\"", "x", "z"])
        // The row after the two-line field starts on line 5, not 4.
        #expect(table.lineNumbers == [2, 3, 5])
    }

    @Test func byteOrderMarkAndCRLFAreHandled() throws {
        let text = "\u{FEFF}a,b\r\n1,2\r\n3,4\r\n"
        let table = try CSVTableReader.parse(text, path: "bom.csv")
        #expect(table.columnNames == ["a", "b"])
        #expect(table.columns[1] == ["2", "4"])
        #expect(table.lineNumbers == [2, 3])
    }

    @Test func otherDelimitersAndBlankLines() throws {
        let semicolons = try CSVTableReader.parse("a;b\n\n1,5;2\n\n3;4\n", path: "s.csv", delimiter: ";")
        #expect(semicolons.columns[0] == ["1,5", "3"])
        #expect(semicolons.lineNumbers == [3, 5])
        let tabs = try CSVTableReader.parse("a\tb\n1\t2\n", path: "t.tsv", delimiter: "\t")
        #expect(tabs.columns[1] == ["2"])
    }

    @Test func headerNamesAreTrimmedAndEmptyOnesNamed() throws {
        let table = try CSVTableReader.parse(" a , ,c\n1,2,3\n", path: "h.csv")
        #expect(table.columnNames == ["a", "column 2", "c"])
    }

    @Test func aRowWithTooManyFieldsPointsAtTheExtraField() {
        let text = "a,b\n1,2\n10,20,30\n"
        #expect(throws: LabError(path: "r.csv", line: 3, column: 7, message: "this row has 3 fields but the header has 2",
                                 hint: "a value that contains the delimiter must be quoted, like \"Paris, France\"")) {
            try CSVTableReader.parse(text, path: "r.csv")
        }
    }

    @Test func aRowWithTooFewFieldsPointsAtItsEnd() throws {
        let text = "a,b,c\n1,2,3\n\"x, y\",2\n"
        do {
            _ = try CSVTableReader.parse(text, path: "r.csv")
            Issue.record("a short row was accepted")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == 9)
            #expect(error.description.hasPrefix("r.csv:3:9: error: this row has 2 fields but the header has 3"))
        }
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        let text = "a,b\n1,2\n3,\"oops\n4,5\n"
        #expect(throws: LabError.self) { try CSVTableReader.parse(text, path: "u.csv") }
        do {
            _ = try CSVTableReader.parse(text, path: "u.csv")
        } catch {
            #expect(error.line == 3 && error.column == 3)
            #expect(error.message == "this quoted field is never closed")
        }
    }

    @Test func duplicateHeaderNamesAreAnError() {
        do {
            _ = try CSVTableReader.parse("x,y,x\n1,2,3\n", path: "d.csv")
            Issue.record("a duplicate name was accepted")
        } catch {
            #expect(error.description.hasPrefix("d.csv:1:5: error: the header names column 'x' twice"))
        }
    }

    @Test func emptyTextAndHeaderOnlyAreErrors() {
        for text in ["", "\n\n  \r\n", "\u{FEFF}"] {
            do {
                _ = try CSVTableReader.parse(text, path: "e.csv")
                Issue.record("empty text was accepted")
            } catch {
                #expect(error.message == "the file is empty")
            }
        }
        do {
            _ = try CSVTableReader.parse("a,b\n", path: "h.csv")
            Issue.record("a header alone was accepted")
        } catch {
            #expect(error.message == "the file has a header but no rows of data")
            #expect(error.line == 1)
        }
    }

    @Test func cellLocationsCountCharactersAndQuotes() throws {
        let table = try CSVTableReader.parse("a,b,c\n\"é, x\",2,zz\n", path: "l.csv")
        #expect(table.location(row: 0, column: 0) == (2, 1))
        #expect(table.location(row: 0, column: 1) == (2, 8))
        #expect(table.location(row: 0, column: 2) == (2, 10))
    }

    @Test func unknownColumnSuggestsTheClosestName() {
        let table = DataTable(path: "iris.csv", columnNames: ["sepal_length", "label"], rows: [["1", "a"]])
        do {
            _ = try table.columnIndex(named: "lable", role: "target")
            Issue.record("an unknown column was found")
        } catch {
            #expect(error.message == "no column named 'lable' for the target")
            #expect(error.hint?.hasPrefix("did you mean 'label'?") == true)
            #expect(error.description.hasPrefix("iris.csv: error: no column named 'lable'"))
        }
        #expect((try? table.columnIndex(named: "LABEL", role: "target")) == 1)
    }

    @Test func untrustedTextInErrorsCannotReachTheTerminal() {
        let error = LabError(path: "x.csv", message: "no column named '\u{1B}[31mred'")
        #expect(!error.description.contains("\u{1B}"))
        #expect(error.description.contains("^[[31mred"))
    }
}

@Suite("Reading CSV files")
struct CSVFileTests {
    @Test func missingFileAndFolder() {
        do {
            _ = try CSVFile.read(path: "/nonexistent/lab/file.csv")
            Issue.record("a missing file was read")
        } catch {
            #expect(error.description.hasPrefix("/nonexistent/lab/file.csv: error: no such file"))
        }
        do {
            _ = try CSVFile.read(path: NSTemporaryDirectory())
            Issue.record("a folder was read")
        } catch {
            #expect(error.message.contains("folder"))
        }
    }

    @Test func emptyFile() {
        let file = TemporaryFile("")
        defer { file.remove() }
        #expect(throws: LabError(path: file.path, message: "the file is empty",
                                 hint: "a CSV file needs a header row with the column names, then one row per example")) {
            try CSVFile.read(path: file.path)
        }
    }

    @Test func fileOverTheSizeLimit() {
        let file = TemporaryFile(String(repeating: "a,b\n", count: 300))
        defer { file.remove() }
        do {
            _ = try CSVFile.read(path: file.path, sizeLimit: 1000)
            Issue.record("a file over the limit was read")
        } catch {
            #expect(error.message.contains("over the lab's limit"))
        }
        #expect((try? CSVFile.read(path: file.path, sizeLimit: 10_000))?.rowCount == 299)
    }

    @Test func invalidUTF8IsPlaced() {
        var bytes = Array("a,b\n1,2\nx,".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("\n".utf8))
        let file = TemporaryFile(Data(bytes))
        defer { file.remove() }
        do {
            _ = try CSVFile.read(path: file.path)
            Issue.record("invalid UTF-8 was read")
        } catch {
            #expect(error.line == 3 && error.column == 3)
            #expect(error.message == "the file is not valid UTF-8 (byte 0xFF)")
        }
    }

    @Test func utf16IsRecognised() {
        let file = TemporaryFile(Data([0xFF, 0xFE, 0x61, 0x00]))
        defer { file.remove() }
        #expect(throws: LabError.self) { try CSVFile.read(path: file.path) }
    }

    @Test func irisReads() throws {
        guard let path = SharedFixtures.path("datasets/iris.csv") else { return }
        let table = try CSVFile.read(path: path)
        #expect(table.rowCount == 150)
        #expect(table.columnCount == 5)
        #expect(table.columnNames.last == "label")
    }
}

@Suite("Cells and classes")
struct CellValueTests {
    @Test func cellValues() {
        #expect(CellValue(" 2.5 ") == .number(2.5))
        #expect(CellValue("") == .missing)
        #expect(CellValue("NA") == .missing)
        #expect(CellValue("n/a") == .missing)
        #expect(CellValue("nan").number?.isNaN == true)
        #expect(CellValue("-inf") == .number(-.infinity))
        #expect(CellValue("setosa") == .text("setosa"))
    }

    @Test func classesAreOrderedNumericallyOrByText() {
        let numeric = ClassLabels(cells: ["10", "2", "", "2.0", "1"])
        #expect(numeric.names == ["1", "2", "10"])
        #expect(numeric.ids == [2, 1, nil, 1, 0])
        let text = ClassLabels(cells: ["b", "a", "b", "NA"])
        #expect(text.names == ["a", "b"])
        #expect(text.counts == [1, 2])
        let withNaN = ClassLabels(cells: ["1", "nan", "0"])
        #expect(withNaN.names == ["0", "1"] && withNaN.ids == [1, nil, 0])
    }
}
