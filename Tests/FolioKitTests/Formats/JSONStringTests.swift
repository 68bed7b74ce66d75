import Testing

@testable import FolioFormats

@Suite struct JSONStringTests {
    @Test func stringsAreQuotedAsJSON() {
        #expect(JSONString.quoted("say \"hi\"\\\n\t\r\u{1}é") == #""say \"hi\"\\\n\t\r\u0001é""#)
        #expect(JSONString.quoted("") == #""""#)
        #expect(JSONString.quoted("\u{1F}\u{7F}🙂<") == "\"\\u001f\u{7F}🙂<\"")
    }

    @Test func scriptSafeJSONCannotEndItsElement() {
        let json = JSONString.quoted("</script><!-- a&b \u{2028}\u{2029}")
        #expect(
            JSONString.scriptSafe(json)
                == #""\u003c/script\u003e\u003c!-- a\u0026b \u2028\u2029""#)
    }
}
