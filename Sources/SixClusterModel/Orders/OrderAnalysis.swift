#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the orders say about the configuration model (field 1's questions, steps 2 and 5 of the seven): where wishes
/// diverge most, the most chosen path through the attributes, and which options are so rarely chosen that the offer
/// could do without them. Ties are broken the same way on every run: the value seen first in the file wins.
public struct OrderAnalysis: Equatable, Sendable, Encodable {
    /// One option of an attribute and how many orders chose it.
    public struct Option: Equatable, Sendable, Encodable {
        /// The value; `""` is "not chosen" (an empty cell).
        public var value: String
        public var count: Int
        /// Its share of the orders counted with it (0…1).
        public var share: Double
    }

    /// One attribute: its options, most chosen first, and how much wishes diverge on it.
    public struct Attribute: Equatable, Sendable, Encodable {
        public var name: String
        public var options: [Option]
        /// Normalised entropy of the options' shares: 0 when everybody chooses the same, 1 when every option is
        /// chosen equally often.
        public var diversity: Double
    }

    /// One step of the most chosen path: the attribute, its most common value among the orders that followed the
    /// path so far, and the options there.
    public struct Step: Equatable, Sendable, Encodable {
        public var attribute: String
        /// The chosen option (share among the orders that reached this step).
        public var chosen: Option
        /// All options at this step, most chosen first.
        public var options: [Option]
        /// How many orders reached this step.
        public var reached: Int
    }

    /// An option chosen by fewer orders than the threshold.
    public struct RareOption: Equatable, Sendable, Encodable {
        public var attribute: String
        public var option: Option
    }

    /// A column left out, and why.
    public struct LeftOut: Equatable, Sendable, Encodable {
        public var column: String
        /// How many different values it had (nil when counting stopped at `OrderCounts.distinctLimit`).
        public var distinct: Int?
    }

    /// How many orders were counted.
    public var orderCount: Int
    /// The attributes, from the most to the least diverse.
    public var attributes: [Attribute]
    /// The most chosen path, in the path's attribute order.
    public var path: [Step]
    /// How many orders follow the whole path.
    public var pathFollowers: Int
    /// The rare-option threshold (a share, 0.02 for 2 %).
    public var threshold: Double
    /// Options chosen by fewer orders than the threshold, attribute by attribute in the path's order.
    public var rare: [RareOption]
    /// The share of orders that chose none of the rare options.
    public var servedShare: Double
    /// Columns left out because they hold a different value in nearly every row.
    public var leftOut: [LeftOut]

    /// Why the orders cannot be analysed.
    public enum Problem: Error, Equatable, Sendable {
        /// No order in the file.
        case noOrders
        /// Fewer than two attributes remain: there is no path to find.
        case tooFewAttributes([String])
    }

    /// The analysis of counted orders. `order` names the path's attributes first (the rest follow in column
    /// order); `keep` names columns never left out as unique (asked for by name).
    public static func make(_ counts: OrderCounts, order: [String] = [], threshold: Double = 0.02,
                            keep: Set<String> = []) -> Result<OrderAnalysis, Problem> {
        guard counts.orderCount > 0 else { return .failure(.noOrders) }
        var counts = counts
        // A column with a different value in nearly every row is an identifier or a moment, not an attribute.
        for index in counts.names.indices where !counts.dropped.contains(index) && !keep.contains(counts.names[index]) {
            if counts.orderCount >= 20 && Double(counts.values[index].count) >= OrderCounts.identifierShare * Double(counts.orderCount) {
                counts.drop(index)
            }
        }
        let leftOut = counts.names.indices.filter { counts.dropped.contains($0) }.map { index in
            LeftOut(column: counts.names[index], distinct: nil)
        }
        let kept = counts.names.indices.filter { !counts.dropped.contains($0) }
        guard kept.count >= 2 else { return .failure(.tooFewAttributes(kept.map { counts.names[$0] })) }
        let pathOrder = order.compactMap { name in kept.first { counts.names[$0] == name } }
            + kept.filter { !order.contains(counts.names[$0]) }
        let configurations = counts.configurationCounts
        let total = counts.orderCount

        let tally = Tally(values: counts.values)

        var ranked: [(index: Int, attribute: Attribute)] = []
        for index in kept {
            let chosen = tally.options(index, among: configurations).map(\.option)
            ranked.append((index, Attribute(name: counts.names[index], options: chosen, diversity: diversity(chosen.map(\.count)))))
        }
        ranked.sort { $0.attribute.diversity != $1.attribute.diversity ? $0.attribute.diversity > $1.attribute.diversity : $0.index < $1.index }

        var path: [Step] = []
        var following = configurations
        for index in pathOrder {
            let here = tally.options(index, among: following)
            guard let best = here.first else { break }
            let reached = following.reduce(0) { $0 + $1.count }
            path.append(Step(attribute: counts.names[index], chosen: best.option, options: here.map(\.option), reached: reached))
            following = following.filter { $0.key[index] == best.id }
        }
        let followers = following.reduce(0) { $0 + $1.count }

        var rare: [RareOption] = []
        var rareIDs: [Int: Set<Int32>] = [:]
        for index in pathOrder {
            for (id, option) in tally.options(index, among: configurations) where !option.value.isEmpty && option.share < threshold {
                rare.append(RareOption(attribute: counts.names[index], option: option))
                rareIDs[index, default: []].insert(id)
            }
        }
        var served = 0
        for (key, count) in configurations where !rareIDs.contains(where: { index, ids in ids.contains(key[index]) }) {
            served += count
        }
        let attributes = ranked.map(\.attribute)
        return .success(OrderAnalysis(orderCount: total, attributes: attributes, path: path, pathFollowers: followers,
                                      threshold: threshold, rare: rare, servedShare: Double(served) / Double(total),
                                      leftOut: leftOut))
    }

    /// Sums orders by the value they chose for one attribute.
    private struct Tally {
        let values: [[String]]

        /// The options of an attribute among some configurations, most chosen first (on a tie, the one seen first).
        func options(_ index: Int, among configurations: [(key: [Int32], count: Int)]) -> [(id: Int32, option: Option)] {
            var sums = Array(repeating: 0, count: values[index].count)
            var reached = 0
            for (key, count) in configurations {
                sums[Int(key[index])] += count
                reached += count
            }
            let ids = sums.indices.filter { sums[$0] > 0 }.sorted { sums[$0] != sums[$1] ? sums[$0] > sums[$1] : $0 < $1 }
            return ids.map { id in
                (Int32(id), Option(value: values[index][id], count: sums[id], share: Double(sums[id]) / Double(max(1, reached))))
            }
        }
    }

    /// Normalised entropy of counts: −Σ p·ln p / ln k; 0 for a single option.
    static func diversity(_ counts: [Int]) -> Double {
        let total = Double(counts.reduce(0, +))
        guard counts.count > 1, total > 0 else { return 0 }
        let entropy = counts.reduce(0.0) { sum, count in
            let p = Double(count) / total
            return p > 0 ? sum - p * log(p) : sum
        }
        return entropy / log(Double(counts.count))
    }
}
