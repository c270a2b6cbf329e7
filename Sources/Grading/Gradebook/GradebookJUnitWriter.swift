import Course
import Terminal

/// The gradebook as JUnit XML for CI systems: one test suite per submission, one test case per
/// question (a failure when it did not score full marks), an error case for an unreadable file.
public enum GradebookJUnitWriter {
    public static func write(_ grades: [SubmissionGrade], quizID: String) -> String {
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        var totalErrors = 0
        for grade in grades {
            let suiteName = "\(grade.student) (\(grade.file))"
            if let error = grade.error {
                totalTests += 1
                totalErrors += 1
                suites += "  <testsuite name=\"\(xml(suiteName))\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
                suites += "    <testcase classname=\"\(xml(quizID))\" name=\"read submission\">\n"
                suites += "      <error message=\"\(xml(error))\"/>\n"
                suites += "    </testcase>\n  </testsuite>\n"
                continue
            }
            let failures = grade.questions.filter { !$0.isFullMarks }.count
            totalTests += grade.questions.count
            totalFailures += failures
            suites += "  <testsuite name=\"\(xml(suiteName))\" tests=\"\(grade.questions.count)\" failures=\"\(failures)\" errors=\"0\">\n"
            suites += "    <properties><property name=\"score\" value=\"\(NumberFormatting.points(grade.score))\"/>"
                + "<property name=\"max_score\" value=\"\(NumberFormatting.points(grade.maxScore))\"/></properties>\n"
            for question in grade.questions {
                let caseName = xml(question.questionID)
                let classname = xml(quizID + "." + grade.student)
                if question.isFullMarks {
                    suites += "    <testcase classname=\"\(classname)\" name=\"\(caseName)\"/>\n"
                } else {
                    let message = "\(NumberFormatting.points(question.points))/\(NumberFormatting.points(question.maxPoints)) points"
                    var detail = "given: \(question.given?.displayText ?? "(no answer)")\nexpected: \(question.expected)"
                    if !question.feedback.isEmpty { detail += "\n" + question.feedback.joined(separator: "\n") }
                    suites += "    <testcase classname=\"\(classname)\" name=\"\(caseName)\">\n"
                    suites += "      <failure message=\"\(xml(message))\" type=\"\(question.points > 0 ? "partial" : "wrong")\">\(xml(detail))</failure>\n"
                    suites += "    </testcase>\n"
                }
            }
            suites += "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(xml(quizID))\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\">\n"
            + suites + "</testsuites>\n"
    }

    /// Text safe inside XML attributes and elements: markup escaped; characters XML 1.0 forbids
    /// (and terminal controls) written as visible escapes.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            default:
                if TerminalSafeText.needsEscape(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += TerminalSafeText.escaping(String(scalar))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
