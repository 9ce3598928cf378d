/// What the orders say, as Ist cards for the workshop (method `data`), worded in the workshop's language and each
/// saying how many orders it rests on: the most diverse attributes for field 1 (customer needs), the most chosen
/// path for field 6 (configuration), the rare options for field 7 (complexity). A card whose text a field already
/// holds is not added again.
public struct OrderCards {
    /// How many of the most diverse attributes field 1's card names.
    static let namedAttributes = 3
    /// How many rare options field 7's card names; the rest are counted.
    static let namedRareOptions = 12

    let report: OrderReport

    /// Cards from an analysis, in a workshop's language.
    public init(_ analysis: OrderAnalysis, language: Language, source: String) {
        report = OrderReport(analysis, language: language, source: source)
    }

    /// The cards as (field, text), in the order of the fields.
    public var cards: [(topic: Int, text: String)] {
        let analysis = report.analysis
        let language = report.language
        let numbers = OrderNumbers(language: language)
        let orders = numbers.count(analysis.orderCount)
        var result: [(Int, String)] = []
        let diverse = analysis.attributes.filter { $0.diversity > 0 }.prefix(Self.namedAttributes).map { attribute in
            "\(attribute.name) (" + language.pick(de: "\(attribute.options.count) Optionen, Vielfalt ", en: "\(attribute.options.count) options, diversity ")
                + numbers.decimal(attribute.diversity, places: 2) + ")"
        }
        if !diverse.isEmpty {
            result.append((1, language.pick(de: "Die Wünsche gehen am stärksten auseinander bei: ", en: "Wishes diverge most on: ")
                + diverse.joined(separator: ", ") + language.pick(de: " – aus \(orders) Bestellungen", en: " – from \(orders) orders")))
        }
        let followers = numbers.percent(Double(analysis.pathFollowers) / Double(max(1, analysis.orderCount)))
        result.append((6, language.pick(de: "Meistgewählter Konfigurationspfad: ", en: "Most chosen configuration path: ") + report.pathLine
            + language.pick(de: " – \(numbers.count(analysis.pathFollowers)) von \(orders) Bestellungen (\(followers)) folgen ihm ganz",
                            en: " – \(numbers.count(analysis.pathFollowers)) of \(orders) orders (\(followers)) follow it all the way")))
        if !analysis.rare.isEmpty {
            var options = analysis.rare.prefix(Self.namedRareOptions).map { "\($0.attribute) \(report.name($0.option)) (\(numbers.percent($0.option.share)))" }
            let more = analysis.rare.count - options.count
            if more > 0 { options.append(language.pick(de: "\(more) weitere", en: "\(more) more")) }
            result.append((7, language.pick(de: "Selten gewählt (unter \(numbers.percent(analysis.threshold))): ",
                                            en: "Rarely chosen (under \(numbers.percent(analysis.threshold))): ")
                + options.joined(separator: ", ")
                + language.pick(de: " – ohne sie wären \(numbers.percent(analysis.servedShare)) der \(orders) Bestellungen bedient",
                                en: " – without them \(numbers.percent(analysis.servedShare)) of the \(orders) orders would be served")))
        }
        return result
    }

    /// The cards as edits for a workshop: added to the fields' Ist with method `data`, leaving out a text a field
    /// already holds.
    public func edits(for workshop: Workshop) -> [WorkshopEdit] {
        cards.filter { card in !workshop[topic: card.topic].ist.contains { $0.text == card.text } }
            .map { .add(Card($0.text, method: .data), topic: $0.topic, column: .ist) }
    }
}
