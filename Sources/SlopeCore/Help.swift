// The text of `slope --help`: everything the tool does, with examples.

/// The `--help` text.
///
/// ```swift
/// Help.text.hasPrefix("slope")   // true
/// ```
enum Help {
  /// The full help text, ending with a newline.
  ///
  /// ```swift
  /// Help.text.contains("--plot")   // true
  /// ```
  static var text: String {
    let functions = FunctionTable.functions.map {
      $0.name + ($0.arity == 2 ? String($0.parameters.filter { $0 != " " }) : "")
    }
    var functionLines: [String] = []
    var line = "   "
    for name in functions {
      if line.count + name.count + 1 > 78 {
        functionLines.append(line)
        line = "   "
      }
      line += " " + name
    }
    functionLines.append(line)
    return """
      slope \(Slope.version): the slope (derivative) of a formula, exact to rounding, by automatic
      differentiation with dual numbers: at a point, over a range as CSV or JSON, or as an SVG plot.

      USAGE
        slope EXPR --at POINT [--order K] [--format text|csv|json] [--output FILE]
        slope EXPR --from A --to B [--count N] [--order K] [--format csv|json]
                   [--output FILE] [--plot FILE.svg]
        slope --help | --version

      EXPR
        One argument (quote it), or - to read it from standard input (up to \(Limits.maximumExpressionBytes) bytes,
        16 MiB, of UTF-8; line breaks count as spaces). Nesting depth is limited only by that size.
        Numbers   1  2.5  .5  1e-3        Constants  pi  e
        Operators + - * / ^ (** too); ^ is right-associative, -x^2 is -(x^2), 2^-x is 2^(-x)
        Variables any other name (letters, digits, _). A formula of one variable uses that
                  name (x if none appears); with several, name each one in --at.
        Functions
      \(functionLines.joined(separator: "\n"))
        x^n with a whole number n up to 1024 is repeated multiplication (0^0 = 1); other
        powers are real powers (NaN for a negative base). abs, min and max have slope 0 or
        the average of both sides at their kinks; sqrt'(0) and log'(0) are inf.

      OPTIONS
        --at POINT          Differentiate at one point: --at 1.5 or --at x=1.5. Prints the
                            derivative of order K alone, in shortest round-trip form.
                            --at x=1,y=2 (several variables) prints one line per variable,
                            "x: df/dx", in the order given; with --order 2 one line per pair,
                            "x,y: d2f/dxdy". Variables the formula lacks get slope 0.
        --from A --to B     Differentiate over N evenly spaced points from A to B, both ends
                            included (A > B gives a descending range; N = 1 gives A alone).
                            Writes CSV with header x,f,df (order 2 adds d2f, order k d{k}f;
                            the first column is named after the variable), streamed: any N runs
                            in constant memory. Non-finite values are spelled nan, inf, -inf.
        --count N           Number of points, 1 to 2^53 (default \(Arguments.defaultCount)).
        --order K           Derivative order, 1 to \(Limits.maximumOrder) (default 1). Orders above 2 use
                            Taylor coefficients; with several variables, K is 1 (gradient) or 2 (Hessian).
        --format F          text (a point's default), csv (a range's default) or json.
                            JSON at a point: {"expression", "at", "value", "derivatives": [f', f'', ...]};
                            several variables: {"expression", "at", "value", "gradient": {...}} and,
                            with --order 2, "hessian": {"x": {"x": .., "y": ..}, ...}.
                            JSON over a range: {"expression", "columns", "rows": [[x, f, df], ...]}.
                            JSON writes non-finite numbers as null.
        --output FILE       Write the result to FILE instead of standard output (- is standard
                            output). A regular file is written under a temporary name and renamed
                            when complete, so a failed run never leaves it half-written or
                            truncated; links are followed and kept. Devices, pipes, sockets and
                            /dev/stdout, /dev/fd/N are written straight through, never replaced.
        --plot FILE.svg     With a range: draw f and its derivatives to a self-contained SVG chart
                            (- is standard output; SVG only, so FILE ends in .svg or has no
                            extension). Curves break where a value is not finite or jumps
                            across a pole; a pole's far values are clipped, with a note saying
                            so. A range with no finite value to plot is an error. Ranges longer
                            than \(Output.maximumPlotPoints) points are plotted on \(Output.maximumPlotPoints) evenly spaced points. With
                            --plot, the data is written only if --output or --format is given.
        -h, --help          Show this help.
        --version           Show the version.
        --                  Treat every later argument as the expression (for one starting with -).
        Option values may be written --at=1 or --at 1. Numbers in options may use pi, e and
        arithmetic (--from -pi --to 2*pi) and must be finite. A formula starting with - can be
        given directly (slope '-x^2' --at 1).

      EXAMPLES
        slope '(1-exp(-2*x))/(1+exp(-2*x))' --at 1            prints 0.419974341614026
        slope 'x^3' --at 2 --order 2                          prints 12.0
        slope 'x^2*y + sin(y)' --at x=3,y=0                   prints x: 0.0 and y: 10.0
        slope 'x*y' --at x=1,y=2 --order 2 --format json
        slope 'tanh(x)' --from -7 --to 7 --count 200 > tanh.csv
        slope 'tanh(x)' --from -7 --to 7 --count 200 --plot tanh.svg
        slope 'sin(x)' --from 0 --to 2*pi --count 1000000 --order 3 --output sin.csv
        cat formula.txt | slope - --at 0.5

      EXIT STATUS
        0 success; 2 a usage, expression or argument error; 1 an input/output failure.
        Errors go to standard error, starting "slope: error:"; nothing goes to standard output.
        A non-finite answer at a point is printed (nan, inf, -inf) with status 0, and one line
        on standard error, starting "slope: note:", says why where slope can tell: outside a
        function's domain, 0/0 (a removable singularity?), a pole, an overflow.

      """
  }
}
