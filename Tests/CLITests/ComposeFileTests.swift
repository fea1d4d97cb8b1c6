import Foundation
import Testing

/// No Docker engine runs on our machines, so the stack is checked statically.
@Suite("docker-compose.yml")
struct ComposeFileTests {
    @Test("docker-compose.yml validates against the Compose specification; the Dockerfile builds as the README says")
    func composeFileIsValid() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [root.appendingPathComponent("scripts/check-compose").path]
        process.currentDirectoryURL = root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("valid against the Compose specification"))
    }
}
