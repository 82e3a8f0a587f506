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
    HelpQuery(place: place, services: [], speaks: nil, limit: nil, at: at, includeLowConfidence: false)
}

test("a rights card pairs Spanish with English") {
    let amparo = try Amparo(preferredLocales: ["es-MX"])
    check(amparo.localeChain() == ["es", "en"], "es-MX reaches es then en")
    let card = try amparo.rightsCard(topicId: "at-home", officerLocale: "en")
    check(card.title.user == "Agentes en su puerta", "Spanish title: \(card.title.user)")
    check(card.title.officer == "Agents at your door", "English title: \(card.title.officer)")
    check(card.phrases.contains { $0.user == "Voy a ejercer mi derecho a guardar silencio. Quiero hablar con un abogado." },
          "the silence phrase in Spanish")
    check(card.review == .unreviewed, "marked unreviewed")
}

test("defaults a caller expects") {
    let amparo = try Amparo(preferredLocales: ["es"])
    let answer = try amparo.findHelp(query: HelpQuery(place: .zip(code: "90012")))
    check(answer.region?.countyFips == "06037", "a place alone is a query")
    check(try amparo.rightsCard(topicId: "at-home").officerLocale == "en", "English for the officer")
    check(try amparo.message(id: "label-say") == "Diga", "a message without arguments")
}

test("topics and laws") {
    let amparo = try Amparo(preferredLocales: ["en"])
    let topics = amparo.topics()
    check(topics.count == 15 && topics.first?.id == "at-home", "15 topics, at-home first")
    check(try amparo.law(id: "vision-act").status == .didNotPass, "the VISION Act did not pass")
    check(amparo.contentInfo().counties == 67, "58 California counties and 9 Connecticut planning regions")
    check(amparo.laws().count == 18, "12 California and 6 Connecticut laws")
    let texas = try amparo.lawsOfState(state: "TX")
    check(texas.contains { $0.id == "tx-sb4-2017" && $0.effect == .mandatesCooperation },
          "Texas SB 4 (2017) mandates cooperation")
}

test("Connecticut and other states") {
    let amparo = try Amparo(preferredLocales: ["en"])
    let newHaven = try amparo.findHelp(query: query(.zip(code: "06511")))
    check(newHaven.region?.countyFips == "09170", "06511 is South Central Connecticut")
    check(newHaven.hotlines.contains { $0.id == "ct-statewide-legal-services" }, "the Statewide Legal Services line")
    check(!(newHaven.policy?.text.contains("California") ?? true), "no California law")
    let newYork = try amparo.findHelp(query: query(.zip(code: "10001")))
    check(newYork.coverage == .otherState && newYork.state?.code == "NY", "10001 is New York, not covered")
    check(newYork.detention.locatorUrl == "https://locator.ice.gov", "the detainee locator everywhere")
    let detention = try amparo.detentionFacilities(state: "CA", latitude: 35.3733, longitude: -119.0187)
    check(detention.facilities.first?.id == "mesa-verde", "Mesa Verde nearest Bakersfield")
    check(detention.facilities.count == 15, "15 California facilities")
}

test("find help for a ZIP and for coordinates") {
    let amparo = try Amparo(preferredLocales: ["en"])
    let la = try amparo.findHelp(query: query(.zip(code: "90012")))
    check(la.region?.countyFips == "06037", "90012 is Los Angeles County")
    check(la.hotlines.first?.phone.e164 == "+18886244752", "the CHIRLA line first")
    check(la.hotlines.first?.phone.display == "(888) 624-4752", "its display form")
    check(la.hotlines.allSatisfy { !$0.confirmed }, "no number is confirmed by phone")
    let cityHall = try amparo.findHelp(query: query(.coordinates(latitude: 37.7793, longitude: -122.4193)))
    check(cityHall.region?.countyFips == "06075", "SF City Hall is San Francisco County")
    let vegas = try amparo.findHelp(query: query(.coordinates(latitude: 36.1699, longitude: -115.1398)))
    check(vegas.coverage == .outside && vegas.region == nil, "Las Vegas is outside")
}

test("each error arrives as the typed Swift error") {
    do {
        _ = try Amparo(preferredLocales: ["!!"])
        check(false, "an invalid tag must throw")
    } catch AmparoError.InvalidLocale(let message) {
        check(message == "That language setting cannot be read. Choose a language from the list.",
              "the error is worded, without the tag: \(message)")
    }
    let amparo = try Amparo(preferredLocales: ["en"])
    do {
        _ = try amparo.topic(id: "at-werk")
        check(false, "an unknown topic must throw")
    } catch AmparoError.UnknownTopic(let message) {
        check(message == "That situation is not in this app. Choose one from the list.", "worded: \(message)")
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

test("the warrant checker: police with an I-205 and a final order") {
    let amparo = try Amparo(preferredLocales: ["es"])
    var step = try amparo.warrantCheckStart(officerLocale: "en")
    for choice in ["police", "i205", "yes"] {
        step = try amparo.warrantCheckAnswer(state: step.state, choice: choice, officerLocale: "en")
    }
    let outcome = step.outcome
    check(outcome?.id == "o-i205-final-order", "the I-205 final-order outcome: \(String(describing: outcome?.id))")
    check(outcome?.entry == .contested, "entry is contested")
    check(outcome?.advice.contains { $0.advice == .doNotResist } == true, "do not resist")
    check(outcome?.say?.officer == "I do not consent to you entering my home. This warrant is not signed by a judge.",
          "the officer's words in English")
    do {
        _ = try amparo.warrantCheckAnswer(state: "q-who", choice: "maybe", officerLocale: "en")
        check(false, "an unknown choice must throw")
    } catch AmparoError.UnknownWarrantChoice {
        check(true, "UnknownWarrantChoice")
    }
}

test("conflicting numbers and areas") {
    let amparo = try Amparo(preferredLocales: ["en"])
    let sacramento = try amparo.findHelp(query: query(.county(name: "Sacramento")))
    let act = sacramento.hotlines.first { $0.id == "sacramento-act" }
    let fuel = sacramento.hotlines.first { $0.id == "sacramento-fuel" }
    check(act?.conflict?.withPhone == fuel?.phone && fuel != nil, "ACT names FUEL's number")
    check(fuel?.conflict?.withPhone == act?.phone && act != nil, "FUEL names ACT's number")
    let longBeach = try amparo.findHelp(query: query(.zip(code: "90802")))
    let lines = longBeach.hotlines.filter { $0.area?.name == "Long Beach" }
    check(lines.count == 2 && lines.allSatisfy { $0.conflict != nil && $0.scope == .area },
          "both Long Beach lines, with their area and the conflict")
}

print("swift: \(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)
