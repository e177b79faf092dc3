// The autograd tutorial's slopes (see Examples/README.md): x/2 at 3, tanh written with
// exp at 1, then tanh and its slope at 200 points from −7 to 7, as CSV and SVG.
import DualGrad
import DualGradIO
import ExampleSupport

let options = ExampleOptions(
  name: "tanh-slope",
  summary: "Slopes of x/2 and of tanh written with exp; writes tanh-slope.csv and tanh-slope.svg.")

func tanhWithExp<S: RealScalar>(_ x: S) -> S { (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }

printFigure("Slope of x/2 at 3", derivative(of: { x in x / 2 }, at: 3.0), tutorial: "0.5")
printFigure(
  "Slope of (1 - exp(-2x)) / (1 + exp(-2x)) at 1", derivative(of: tanhWithExp, at: 1.0), tutorial: "0.419974341614026")

let xs = Array(linspace(-7.0, 7.0, count: 200))
let values = xs.map { tanhWithExp($0) }
let slopes = elementwiseDerivative(of: tanhWithExp, over: xs)
let peak = slopes.indices.max { slopes[$0] < slopes[$1] }!
print(
  "Slope over 200 points from -7 to 7: largest \(slopes[peak]) at x = \(xs[peak]) (tutorial: a bell peaking at 1 at x = 0)"
)

options.writeCSV(columns: ["x": xs, "tanh": values, "slope": slopes], to: "tanh-slope.csv")

var chart = Chart(title: "tanh(x) and its slope", xLabel: "x", yLabel: "")
chart.addLine("tanh(x)", x: xs, y: values)
chart.addLine("slope", x: xs, y: slopes)
options.write(chart.svg(), to: "tanh-slope.svg")
