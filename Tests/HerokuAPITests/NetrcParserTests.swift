import HerokuAPI
import Testing

@Suite struct NetrcParserTests {
    @Test func herokuLoginLayout() {
        let text = """
            machine api.heroku.com
              login me@example.com
              password token-1
            machine git.heroku.com
              login me@example.com
              password token-2
            """
        let entry = NetrcParser.entry(forMachine: "api.heroku.com", in: text)
        #expect(entry?.login == "me@example.com")
        #expect(entry?.password == "token-1")
    }

    @Test func tokensOnOneLineAndAcrossLines() {
        let oneLine = "machine a.example login x password p1 machine api.heroku.com login me password p2"
        #expect(NetrcParser.entry(forMachine: "api.heroku.com", in: oneLine)?.password == "p2")
        let scattered = "machine\napi.heroku.com\n\nlogin\n me \npassword\n\n  p3\n"
        #expect(NetrcParser.entry(forMachine: "api.heroku.com", in: scattered)?.password == "p3")
    }

    @Test func defaultEndsThePreviousMachineAndIsNotUsedForHeroku() {
        let text = "machine api.heroku.com login me\ndefault login anon password guess\n"
        let entries = NetrcParser.parse(text)
        #expect(entries.count == 2)
        #expect(entries[0].password == nil)
        #expect(entries[1].machine == nil)
        #expect(entries[1].password == "guess")
        #expect(NetrcParser.entry(forMachine: "api.heroku.com", in: "default password x")?.password == nil)
    }

    @Test func macdefBlocksAreSkipped() {
        let text = """
            macdef init
            machine api.heroku.com password from-macro
            cd /tmp

            machine api.heroku.com
              password real
            """
        #expect(NetrcParser.entry(forMachine: "api.heroku.com", in: text)?.password == "real")
    }

    @Test func commentsAreIgnoredButAPasswordMayStartWithHash() {
        let text = """
            # my netrc
            machine api.heroku.com # the API
              login me # who
              password #not-a-comment
            """
        let entry = NetrcParser.entry(forMachine: "api.heroku.com", in: text)
        #expect(entry?.login == "me")
        #expect(entry?.password == "#not-a-comment")
    }

    @Test func quotedTokensAndCaseInsensitiveMachine() {
        let text = #"machine API.Heroku.com login "me too" password "a\"b c""#
        let entry = NetrcParser.entry(forMachine: "api.heroku.com", in: text)
        #expect(entry?.login == "me too")
        #expect(entry?.password == #"a"b c"#)
    }

    @Test func emptyAndGarbageInput() {
        #expect(NetrcParser.parse("").isEmpty)
        #expect(NetrcParser.entry(forMachine: "api.heroku.com", in: "password lonely") == nil)
        #expect(NetrcParser.entry(forMachine: "api.heroku.com", in: "machine api.heroku.com password") != nil)
    }
}
