// Swift tests of the generated AmparoCore bindings against the real Rust
// library, compiled with swiftc on Linux by test-linux.sh. No XCTest: a
// small runner that counts, prints each failure and exits non-zero.

import Foundation

var passed = 0
var failed = 0

func check(_ condition: Bool, _ what: String, file: String = #file, line: Int = #line) {
    if condition {
        passed += 1
    } else {
        failed += 1
        print("FAIL \(file):\(line): \(what)")
    }
}

func test(_ name: String, _ body: () throws -> Void) {
    do {
        try body()
    } catch {
        failed += 1
        print("FAIL \(name): unexpected error \(error)")
    }
}

func query(_ place: Place, at: LocalTime? = nil) -> HelpQuery {
    HelpQuery(place: place, services: [], speaks: nil, limit: nil, at: at, includeUnverified: false)
}

test("a rights card pairs Spanish with English") {
    let amparo = try Amparo(preferredLocales: ["es-MX"])
    check(amparo.localeChain() == ["es", "en"], "es-MX reaches es then en")
    let card = try amparo.rightsCard(topicId: "at-home", officerLocale: "en")
    check(card.title.user == "Agentes en su puerta", "Spanish title: \(card.title.user)")
    check(card.title.officer == "Agents at your door", "English title: \(card.title.officer)")
    check(card.phrases.contains { $0.user == "Uso mi derecho a guardar silencio. Quiero hablar con un abogado." },
          "the silence phrase in Spanish")
    check(card.review == .unreviewed, "marked unreviewed")
}

test("topics and laws") {
    let amparo = try Amparo(preferredLocales: ["en"])
    let topics = amparo.topics()
    check(topics.count == 15 && topics.first?.id == "at-home", "15 topics, at-home first")
    check(try amparo.law(id: "vision-act").status == .didNotPass, "the VISION Act did not pass")
    check(amparo.contentInfo().counties == 58, "58 counties")
}

test("find help for a ZIP and for coordinates") {
    let amparo = try Amparo(preferredLocales: ["en"])
    let la = try amparo.findHelp(query: query(.zip(code: "90012")))
    check(la.region?.countyFips == "06037", "90012 is Los Angeles County")
    check(la.hotlines.first?.phone == "+18886244752", "the CHIRLA line first")
    let cityHall = try amparo.findHelp(query: query(.coordinates(latitude: 37.7793, longitude: -122.4193)))
    check(cityHall.region?.countyFips == "06075", "SF City Hall is San Francisco County")
    let vegas = try amparo.findHelp(query: query(.coordinates(latitude: 36.1699, longitude: -115.1398)))
    check(vegas.coverage == .outside && vegas.region == nil, "Las Vegas is outside")
}

test("each error arrives as the typed Swift error") {
    do {
        _ = try Amparo(preferredLocales: ["!!"])
        check(false, "an invalid tag must throw")
    } catch AmparoError.InvalidLocale(let tag) {
        check(tag == "!!", "the tag comes back: \(tag)")
    }
    let amparo = try Amparo(preferredLocales: ["en"])
    do {
        _ = try amparo.topic(id: "at-werk")
        check(false, "an unknown topic must throw")
    } catch AmparoError.UnknownTopic(let id) {
        check(id == "at-werk", "the id comes back")
    }
    do {
        _ = try amparo.findHelp(query: query(.zip(code: "9001")))
        check(false, "a 4-digit ZIP must throw")
    } catch AmparoError.InvalidZip {
        check(true, "InvalidZip")
    }
    do {
        _ = try amparo.findHelp(query: query(.coordinates(latitude: Double.nan, longitude: 0)))
        check(false, "NaN must throw")
    } catch AmparoError.InvalidCoordinates {
        check(true, "InvalidCoordinates")
    }
}

test("the warrant checker: an I-205 at home means do not open the door") {
    let amparo = try Amparo(preferredLocales: ["en"])
    var step = try amparo.warrantCheckStart()
    for _ in 0..<3 {
        step = try amparo.warrantCheckAnswer(state: step.state, answer: true)
    }
    check(step.outcome?.text.lowercased().contains("do not open the door") == true, "do not open the door")
}

print("swift: \(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)
