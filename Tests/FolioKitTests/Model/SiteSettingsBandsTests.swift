import Testing

@testable import FolioFormats
@testable import FolioModel

/// The bands `site.yml` sets for NPS and revenue retention: their defaults, and the errors
/// that say what a band must be.
@Suite struct SiteSettingsBandsTests {
    static func read(_ yaml: String) throws -> (SiteSettings, [Diagnostic]) {
        SiteSettings.read(try YAMLReader.read(yaml, file: "site.yml"))
    }

    @Test func defaultsWhenSiteYmlSetsNone() throws {
        let (settings, problems) = try Self.read("title: T\n")
        #expect(problems.isEmpty)
        #expect(settings.npsBands == (0, 30))
        #expect(settings.netRetentionBands == (90, 100))
        #expect(settings.grossRetentionBands == (80, 90))
    }

    @Test func readsTheBandsAsWritten() throws {
        let (settings, problems) = try Self.read(
            """
            nps_bands: [-10, 50]
            net_retention_bands: [95, 110]
            gross_retention_bands: [85, 92.5]

            """)
        #expect(problems.isEmpty)
        #expect(settings.npsBands == (-10, 50))
        #expect(settings.netRetentionBands == (95, 110))
        #expect(settings.grossRetentionBands == (85, 92.5))
    }

    @Test(arguments: [
        (
            "nps_bands: [30, 0]\n",
            "'nps_bands' must be two ascending numbers from -100 to 100, such as [0, 30]; "
                + "found a list", 1
        ),
        (
            "nps_bands: 30\n",
            "'nps_bands' must be two ascending numbers from -100 to 100, such as [0, 30]; "
                + "found '30'", 1
        ),
        (
            "title: T\ngross_retention_bands: [80, 120]\n",
            "'gross_retention_bands' must be two ascending numbers from 0 to 100, such as "
                + "[80, 90]; found a list", 2
        ),
        (
            "net_retention_bands: [90]\n",
            "'net_retention_bands' must be two ascending numbers from 0 to 1000, such as "
                + "[90, 100]; found a list", 1
        ),
    ])
    func aBandOutOfOrderOrRangeIsAnErrorAtItsLine(yaml: String, message: String, line: Int)
        throws
    {
        let (settings, problems) = try Self.read(yaml)
        #expect(problems.map(\.message) == [message])
        #expect(problems.map(\.severity) == [.error])
        #expect(problems.first?.location?.line == line)
        // The setting keeps its default.
        #expect(settings.npsBands == (0, 30))
    }
}
