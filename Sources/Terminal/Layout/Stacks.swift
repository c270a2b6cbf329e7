/// How much room a child of a stack gets along the stack's axis.
public enum StackSize: Sendable, Hashable {
    /// Exactly this many cells (rows in a ``VStack``, columns in an ``HStack``).
    case fixed(Int)
    /// A share of what is left after fixed (and, in a VStack, natural) children, by weight.
    case flexible(Int)
    /// The child's natural height (VStack only; in an HStack it counts as `.flexible(1)`).
    case natural
}

/// One child of a stack with its size.
public struct StackItem {
    public var widget: any Widget
    public var size: StackSize
    public init(_ widget: any Widget, size: StackSize = .natural) {
        self.widget = widget
        self.size = size
    }
}

/// Splits `total` among weights by largest remainder (earlier wins ties).
func distribute(_ total: Int, weights: [Int]) -> [Int] {
    let sum = weights.reduce(0) { $0 + max(0, $1) }
    guard sum > 0, total > 0 else { return weights.map { _ in 0 } }
    var shares = weights.map { max(0, $0) * total / sum }
    var left = total - shares.reduce(0, +)
    let order = weights.indices.sorted {
        let a = max(0, weights[$0]) * total % sum, b = max(0, weights[$1]) * total % sum
        return (a, -$0) > (b, -$1)
    }
    for index in order where left > 0 && weights[index] > 0 {
        shares[index] += 1
        left -= 1
    }
    return shares
}

/// Children one under another, each as wide as the stack and clipped to its rows.
///
/// Height nil: every child at its natural height (fixed ones at theirs). With a height:
/// fixed and natural children first, the rest shared among flexible ones by weight; the
/// stack is clipped to the height.
public struct VStack: Widget {
    public var items: [StackItem]
    public var spacing: Int

    public init(spacing: Int = 0, _ items: [StackItem]) {
        self.items = items
        self.spacing = spacing
    }

    public init(spacing: Int = 0, _ widgets: [any Widget]) {
        self.init(spacing: spacing, widgets.map { StackItem($0) })
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        var frames = [Frame?](repeating: nil, count: items.count)
        var used = max(0, spacing) * max(0, items.count - 1)
        var weights: [Int] = []
        var flexibleIndices: [Int] = []
        for (index, item) in items.enumerated() {
            switch item.size {
            case let .fixed(rows):
                frames[index] = item.widget.rendered(width: width, height: max(0, rows), theme: theme)
                used += max(0, rows)
            case let .flexible(weight) where height != nil:
                weights.append(weight)
                flexibleIndices.append(index)
            default:
                let frame = item.widget.rendered(width: width, height: nil, theme: theme)
                frames[index] = frame
                used += frame.height
            }
        }
        if let height {
            let shares = distribute(max(0, height - used), weights: weights)
            for (share, index) in zip(shares, flexibleIndices) {
                frames[index] = items[index].widget.rendered(width: width, height: share, theme: theme)
            }
        }
        let stacked = Frame.stacked(frames.compactMap { $0 }, spacing: spacing, width: width)
        return stacked.resized(width: width, height: height ?? stacked.height)
    }
}

/// Children side by side, each clipped to its columns, separated by `spacing` columns.
///
/// Widths: fixed children take theirs, the rest is shared by weight (natural counts as 1).
/// Height nil: each child at its natural height, the row as tall as the tallest.
public struct HStack: Widget {
    public var items: [StackItem]
    public var spacing: Int

    public init(spacing: Int = 1, _ items: [StackItem]) {
        self.items = items
        self.spacing = spacing
    }

    public init(spacing: Int = 1, _ widgets: [any Widget]) {
        self.init(spacing: spacing, widgets.map { StackItem($0, size: .flexible(1)) })
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        var widths = [Int](repeating: 0, count: items.count)
        var used = max(0, spacing) * max(0, items.count - 1)
        var weights: [Int] = []
        var flexible: [Int] = []
        for (index, item) in items.enumerated() {
            switch item.size {
            case let .fixed(columns):
                widths[index] = max(0, columns)
                used += widths[index]
            case let .flexible(weight):
                weights.append(weight)
                flexible.append(index)
            case .natural:
                weights.append(1)
                flexible.append(index)
            }
        }
        for (share, index) in zip(distribute(max(0, width - used), weights: weights), flexible) { widths[index] = share }
        let frames = items.enumerated().map { index, item in
            item.widget.rendered(width: widths[index], height: height, theme: theme)
        }
        let row = Frame.sideBySide(frames, spacing: spacing)
        return row.resized(width: width, height: height ?? row.height)
    }
}

/// Widgets in a grid of equal cells, filled row by row (a 2×2 dashboard is
/// `Grid(columns: 2, [a, b, c, d])`). Height nil: each row as tall as its tallest widget.
public struct Grid: Widget {
    public var columns: Int
    public var cells: [any Widget]
    public var spacing: Int

    public init(columns: Int, spacing: Int = 1, _ cells: [any Widget]) {
        self.columns = max(1, columns)
        self.cells = cells
        self.spacing = spacing
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let rowCount = (cells.count + columns - 1) / columns
        var rows: [StackItem] = []
        for row in 0..<rowCount {
            let slice = Array(cells[(row * columns)..<min(cells.count, (row + 1) * columns)])
            var items = slice.map { StackItem($0, size: .flexible(1)) }
            while items.count < columns { items.append(StackItem(Frame.empty(), size: .flexible(1))) }
            rows.append(StackItem(HStack(spacing: spacing, items), size: height == nil ? .natural : .flexible(1)))
        }
        return VStack(spacing: 0, rows).render(width: width, height: height, theme: theme)
    }
}
