import Testing

@testable import FolioTemplates

/// The maps templates look names up in: a `Dictionary`'s behaviour, whether a map holds a
/// handful of names or more than it looks up one by one.
@Suite struct TemplateMapTests {
    /// `count` names `name0`, `name1`…, each with its number.
    static func numbered(_ count: Int) -> TemplateMap {
        TemplateMap((0..<count).map { ("name\($0)", .int($0)) }, uniquingNamesWith: { $1 })
    }

    @Test(arguments: [0, 1, 5, TemplateMap.indexedCount, TemplateMap.indexedCount + 1, 1000])
    func findsEveryNameAndNoOther(count: Int) {
        let map = Self.numbered(count)
        #expect(map.count == count)
        for number in 0..<count {
            #expect(map["name\(number)"] == .int(number))
            #expect(map["name\(number)", hash: TemplateMap.hash("name\(number)")] == .int(number))
        }
        #expect(map["name\(count)"] == nil)
        #expect(map["Name0"] == nil)
        #expect(map[""] == nil)
        #expect(map.names == (0..<count).map { "name\($0)" })
    }

    @Test(arguments: [3, TemplateMap.indexedCount + 5])
    func setsReplacesAndRemoves(count: Int) {
        var map = Self.numbered(count)
        map["name1"] = "one"
        map["added"] = true
        map["name0"] = nil
        map["absent"] = nil
        #expect(map.count == count)
        #expect(map["name1"] == "one")
        #expect(map["added"] == true)
        #expect(map["name0"] == nil)
        #expect(map["name2"] == .int(2))
        #expect(map.names.first == "name1")
        #expect(map.names.last == "added")
        // Positions after a removal still find every name.
        for number in 2..<count { #expect(map["name\(number)"] == .int(number)) }
    }

    @Test func aRepeatedNameKeepsWhatCombineChooses() {
        let pairs: [(String, TemplateValue)] = [("a", 1), ("b", 2), ("a", 3)]
        let last = TemplateMap(pairs, uniquingNamesWith: { $1 })
        let first = TemplateMap(pairs, uniquingNamesWith: { first, _ in first })
        #expect(last["a"] == 3)
        #expect(first["a"] == 1)
        #expect(last.names == ["a", "b"])
        let literal: TemplateValue = ["a": 1, "b": 2]
        #expect(literal["a"] == 1)
    }

    @Test func mergeKeepsTheOtherMapsValues() {
        var map: TemplateMap = ["title": "Page", "kind": "page"]
        map.merge(["kind": "client", "client": ["name": "Acme"]])
        #expect(map["title"] == "Page")
        #expect(map["kind"] == "client")
        #expect(map["client"] == ["name": "Acme"])
        #expect(map.count == 3)
    }

    @Test func mapsWithTheSameEntriesInAnyOrderAreEqualAndHashAlike() {
        let one: TemplateMap = ["a": 1, "b": ["c": "d"]]
        let other: TemplateMap = ["b": ["c": "d"], "a": 1]
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(one != ["a": 1, "b": ["c": "e"]])
        #expect(one != ["a": 1])
        #expect(one != ["a": 1, "b": ["c": "d"], "e": nil])
        #expect(
            Self.numbered(200)
                == TemplateMap(Self.numbered(200).reversed(), uniquingNamesWith: { $1 }))
    }

    @Test func namesAreComparedAsStrings() {
        // Names that differ only in letter case are different names; names that are one
        // text in two Unicode forms are one name, as in a Dictionary of Strings.
        let map: TemplateMap = ["\u{E9}": 1, "E": 2, "e": 3, "名前": 4, "K": 5]
        #expect(map["\u{E9}"] == 1)
        #expect(map["e\u{301}"] == 1)
        #expect(map["E"] == 2)
        #expect(map["e"] == 3)
        #expect(map["名前"] == 4)
        #expect(map["\u{212A}"] == 5)
        #expect(map.count == 5)
        let large = TemplateMap(
            Self.numbered(TemplateMap.indexedCount + 1) + [("\u{E9}", 1)], uniquingNamesWith: { $1 }
        )
        #expect(large["e\u{301}"] == 1)
    }
}
