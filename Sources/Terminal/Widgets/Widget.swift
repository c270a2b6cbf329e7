/// Anything that draws itself into a frame of a given size.
///
/// The contract: the returned frame is exactly `width` columns wide and, when `height` is
/// given, exactly `height` rows tall (nil asks for the widget's natural height). A widget is
/// a pure value: rendering twice gives the same frame, and it reads nothing but its
/// arguments. Use ``rendered(width:height:theme:)`` to get a frame that is guaranteed to
/// honour the size even from a sloppy implementation.
public protocol Widget {
    func render(width: Int, height: Int?, theme: Theme) -> Frame
}

extension Widget {
    /// `render` with the size contract enforced (clipped or padded as needed).
    public func rendered(width: Int, height: Int? = nil, theme: Theme = .dark) -> Frame {
        let width = max(0, width)
        let frame = render(width: width, height: height.map { max(0, $0) }, theme: theme)
        return frame.resized(width: width, height: height.map { max(0, $0) } ?? frame.height)
    }
}

/// A frame is a widget that shows itself, clipped or padded to the size asked for.
extension Frame: Widget {
    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        resized(width: width, height: height ?? self.height)
    }
}

/// A widget made from a closure, for one-off drawings inside layouts.
public struct CustomWidget: Widget {
    private let draw: (Int, Int?, Theme) -> Frame

    public init(_ draw: @escaping (_ width: Int, _ height: Int?, _ theme: Theme) -> Frame) {
        self.draw = draw
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let frame = draw(width, height, theme)
        return frame.resized(width: width, height: height ?? frame.height)
    }
}
