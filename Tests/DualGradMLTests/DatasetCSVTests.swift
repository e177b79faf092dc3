// Loading a classification data set from CSV (Sources/DualGradIO/Dataset+CSV.swift):
// the errors name the line and column of a malformed value, or the row of a bad label.
import DualGrad
import DualGradIO
import DualGradML
import DualGradTestSupport
import Foundation
import Testing

@Suite("Dataset from CSV")
struct DatasetCSVTests {
  func load(_ text: String) throws(DatasetFileError) -> Dataset {
    do {
      return try Dataset(CSVTable(parsing: text))
    } catch let error as CSVError {
      throw .csv(error)
    } catch let error as DatasetFileError {
      throw error
    } catch {
      fatalError("unexpected \(error)")
    }
  }

  @Test("features then a label, header detected, comments and blank lines skipped")
  func wellFormed() throws {
    let data = try load("exam1,exam2,admitted\n# two rows\n34.5,78.0,0\n\n60.25,86.5,1\n")
    #expect(data.count == 2 && data.featureCount == 2)
    #expect(data.features == [34.5, 78.0, 60.25, 86.5])
    #expect(data.labels == [0, 1])
  }

  @Test(
    "a file without a header is all data",
    arguments: [
      ("1,2,0\n3,4,1\n", 2), ("1,2,0\n3,4,1", 2), ("\u{FEFF}1,2,0\r\n3,4,1\r\n", 2),
    ])
  func noHeader(_ text: String, rows: Int) throws {
    #expect(try load(text).count == rows)
  }

  @Test(
    "malformed files give the line and column of the problem",
    arguments: [
      ("1,2,0\n3,x4,1\n", DatasetFileError.csv(.malformedValue(line: 2, column: 2, text: "x4"))),
      ("a,b,y\n1,2,0\n3,4\n", DatasetFileError.csv(.inconsistentFieldCount(line: 3, expected: 3, found: 2))),
      ("", DatasetFileError.csv(.empty)),
      ("1,2,0\n3,4,2\n", DatasetFileError.invalidValue(line: 2, column: 3, reason: "the label 2.0 is not 0 or 1")),
      (
        "x,y,label\n1,2,0.5\n", DatasetFileError.invalidValue(line: 2, column: 3, reason: "the label 0.5 is not 0 or 1")
      ),
      (
        "# exams\n1,2,0\n\n3,inf,1\n",
        DatasetFileError.invalidValue(line: 4, column: 2, reason: "inf is not a finite number")
      ),
      ("0\n1\n", DatasetFileError.dataset(.noFeatures)),
      ("1,nan,0\n", DatasetFileError.invalidValue(line: 1, column: 2, reason: "nan is not a finite number")),
    ])
  func malformed(_ text: String, expected: DatasetFileError) {
    do {
      let data = try load(text)
      Issue.record("expected \(expected), loaded \(data.count) rows")
    } catch {
      // NaN is not equal to itself, so compare what the user reads.
      #expect(error.description == expected.description)
    }
  }

  @Test("a missing file is an unreadable-file error naming the path")
  func missingFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/absent.csv"
      #expect {
        try Dataset(contentsOfCSVFile: path)
      } throws: { error in
        guard case .csv(.unreadable(let reported, _)) = error as? DatasetFileError else { return false }
        return reported == path
      }
    }
  }

  @Test("the admissions data loads: 100 rows, 2 features, 60 admitted")
  func marks() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Examples/admissions/marks.txt").standardized.path
    let data = try Dataset(contentsOfCSVFile: path)
    #expect(data.count == 100 && data.featureCount == 2)
    #expect(data.labels.reduce(0, +) == 60)
    #expect(data[row: 0, feature: 0] == 34.62365962451697)
  }
}
