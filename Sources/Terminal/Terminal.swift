/// The `Terminal` module: everything a learner sees passes through it.
///
/// Widgets (``LinePlot``, ``HeatMap``, ``Scatter``, ``BarChart``, ``StackedBar``,
/// ``Histogram``, ``Table``, ``Box``, ``Callout``, ``StepCards``, ``Slider``, ``Toggle``,
/// ``Select``, ``StatusLine``, ``Markdown``, ``Paragraph``, and the layouts ``VStack``,
/// ``HStack``, ``Grid``) draw into a ``Frame`` for a ``Theme``; a ``FrameEncoder`` turns the
/// frame into bytes for ``Capabilities``. Typical use at the program's edge:
///
/// ```swift
/// let caps = Capabilities.current(color: .auto, ascii: false, width: nil)
/// let theme = Theme.dark.adapted(to: caps)
/// print(Markdown(source).rendered(width: caps.width, theme: theme).encoded(for: caps))
/// ```
///
/// Pure: no key reading, no global state, no knowledge of ML. Only ``TerminalProbe`` and
/// ``Capabilities/current(color:ascii:width:)`` ask the operating system anything.
public enum TerminalModule {}
