#!/usr/bin/env python3
"""dualgrad-bench's W1-W3 in JAX, to set JAX's figures beside DualGrad's on one machine.

The project does not depend on JAX: this script is not part of any target or of
CI. It needs Python 3 with `jax` (CPU) and numpy, e.g. in a virtual environment
outside the repository:

    python3 -m venv /work/jaxvenv && /work/jaxvenv/bin/pip install jax
    /work/jaxvenv/bin/python Sources/dualgrad-bench/Comparison/jax_workloads.py

Each workload computes what the Swift bench computes, from the same inputs, in
float64 (`jax_enable_x64`):

- W1: slopes of f(x) = (1 − e^(−2x))/(1 + e^(−2x)) at the 1,000,000 points of
  linspace(-7, 7), built as Linspace builds them (start + i·step, the last point
  exactly 7), by `jit(vmap(grad(f)))` on the precomputed array; ns/point.
- W2: the admissions data (Examples/admissions/marks.txt, the file the bench
  reads; raw marks, no scaling), weights and bias from 0, mean cross-entropy,
  full-batch gradient descent at 1e-3; the whole loop in one `jit` with
  `lax.fori_loop`, 20,000 epochs per timed run as in the bench; epochs/s. One
  variant carries the loss every epoch (like the bench's hand-written loss and
  gradient), one only the gradient (like its gradient-only loop and `fit`).
- W3: one gradient of the 400 × 784 logistic problem with 0.01·Σw², from the
  bench's SplitMix64 stream (seed 0) reproduced bit for bit, by `jit(grad)`
  (and `jit(value_and_grad)`); ms per gradient.

Every configuration runs in its own process: "1 core" under `taskset -c 0` with
XLA's Eigen threading off, "N cores" with XLA's defaults. (The pinning is what
holds W1 to one core: with the XLA flags alone its 1,000,000-point kernel still
ran on several threads here.) XLA compiles for the host CPU, the Swift bench for
portable x86-64 unless told otherwise: README's "JAX beside the bench" says so. Each timing is the
median of --repetitions runs after a warm-up that compiles, every run waiting
for its result (`block_until_ready`).

Before timing, each answer is checked against the bench's hand-written formula
evaluated here with numpy (tolerance as the bench's: 1e-12, 1e-10 for whole
training runs), and the script prints the lines `dualgrad-bench` prints for W2
and W3 (the final weights after 200,000 epochs; a fingerprint of W3's inputs and
the loss there). Given `--compare FILE`, the saved output of
`dualgrad-bench --format json`, it checks those lines against the bench's and
prints one table with the bench's rows and JAX's, JAX's ratio taken to the same
hand-written Swift baseline as the bench's rows.

    usage: jax_workloads.py [--filter NAME] [--repetitions N] [--format text|json]
                            [--cores 1|all|both] [--compare BENCH_OUTPUT]
"""

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time

REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
MARKS = os.path.join(REPOSITORY, "Examples", "admissions", "marks.txt")
ONE_CORE_XLA_FLAGS = "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"

# The names dualgrad-bench gives the workloads, so rows line up with its JSON.
W1_NAME = "W1 slopes over a range"
W2_NAME = "W2 admissions"
W3_NAME = "W3 wide gradient 400×784"


class Disagreement(Exception):
    pass


# MARK: - Inputs, exactly as the Swift bench makes them


def linspace_points(start, end, count):
    """Linspace's points: start + i·step with step = (end − start)/(count − 1), the last point `end`."""
    import numpy as np

    step = (end - start) / (count - 1)
    points = start + np.arange(count, dtype=np.float64) * step
    points[-1] = end
    return points


MASK64 = (1 << 64) - 1


def splitmix64(seed):
    """SeededGenerator: SplitMix64, the stream of 64-bit words for `seed`."""
    state = seed
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        yield z ^ (z >> 31)


def unit_double(words):
    """Double.random(in: 0..<1, using:): the low 53 bits of one word, times 2⁻⁵³."""
    return (next(words) & ((1 << 53) - 1)) * 2.0**-53


def random_normal(words):
    """Double.randomNormal(using:): Box–Muller from two uniform draws, libm's log and cos (as Foundation's)."""
    u = 1 - unit_double(words)
    v = unit_double(words)
    return 0.0 + 1.0 * (math.sqrt(-2 * math.log(u)) * math.cos(2 * math.pi * v))


def random_bit(words):
    """Int.random(in: 0...1, using:): the high word of word × 2, i.e. the top bit; never a second draw."""
    return next(words) >> 63


def wide_problem(row_count=400, feature_count=784, seed=0):
    """WideGradient.problem(): each row's features then its label, then the weights; the bias is 0."""
    import numpy as np

    words = splitmix64(seed)
    features = np.empty((row_count, feature_count))
    labels = np.empty(row_count)
    for i in range(row_count):
        features[i] = [random_normal(words) for _ in range(feature_count)]
        labels[i] = float(random_bit(words))
    weights = [random_normal(words) for _ in range(feature_count)]
    return features, labels, np.array(weights + [0.0])


def fingerprint(*arrays):
    """The bench's input fingerprint: Σₖ bits(vₖ)·(2k + 1) mod 2⁶⁴ over the values in order.

    The factors are odd, so changing any one value changes the fingerprint.
    """
    import numpy as np

    bits = np.concatenate([np.ascontiguousarray(a, dtype=np.float64).ravel() for a in arrays]).view(np.uint64)
    odd = np.arange(bits.size, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    with np.errstate(over="ignore"):
        return int(np.sum(bits * odd, dtype=np.uint64))


def check_agreement(workload, actual, expected, tolerance=1e-12):
    """The bench's checkAgreement: relative error within `tolerance`, absolute below 1."""
    import numpy as np

    actual, expected = np.asarray(actual, dtype=np.float64).ravel(), np.asarray(expected, dtype=np.float64).ravel()
    if actual.shape != expected.shape:
        raise Disagreement(f"{workload}: {actual.size} results, baseline {expected.size}")
    bad = ~(np.abs(actual - expected) <= tolerance * np.maximum(np.abs(expected), 1)) & ~(
        np.isnan(actual) & np.isnan(expected)
    )
    if bad.any():
        i = int(np.argmax(bad))
        raise Disagreement(
            f"{workload}: JAX disagrees with the hand-written formula: result {i}: {actual[i]!r} vs {expected[i]!r}"
        )


# MARK: - Timing


def median_best_worst(seconds):
    ordered = sorted(seconds)
    n = len(ordered)
    median = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    return median, ordered[0], ordered[-1]


def time_runs(repetitions, body):
    """Seconds of each of `repetitions` runs of `body`, after one warm-up run (which compiles)."""
    body()
    seconds = []
    for _ in range(repetitions):
        start = time.perf_counter()
        body()
        seconds.append(time.perf_counter() - start)
    return seconds


UNITS = {
    "ns/point": lambda seconds, count: seconds * 1e9 / count,
    "epochs/s": lambda seconds, count: count / seconds,
    "ms": lambda seconds, count: seconds * 1e3 / count,
}


def row(workload, variant, unit, seconds, per, target):
    """A row as dualgrad-bench's JSON has it; `per` is the work of one run (points, epochs, gradients)."""
    median, best, worst = (UNITS[unit](s, per) for s in median_best_worst(seconds))
    return {
        "workload": workload, "variant": variant, "unit": unit, "median": median, "best": best, "worst": worst,
        "baseline": None, "ratio": None, "target": target,
    }


# MARK: - The workloads (in a worker process, one configuration of cores)


def w1(jax, jnp, np, cores, repetitions, notes):
    count = 1_000_000
    points = linspace_points(-7.0, 7.0, count)
    e = np.exp(-2 * points)
    expected = 4 * e / ((1 + e) * (1 + e))  # the bench's hand-written slope

    def f(x):
        return (1 - jnp.exp(-2 * x)) / (1 + jnp.exp(-2 * x))

    slopes = jax.jit(jax.vmap(jax.grad(f)))
    xs = jax.device_put(points)
    check_agreement("W1", np.asarray(slopes(xs)), expected)
    notes.append(f"W1: JAX's slopes agree with the hand-written 4e/(1+e)² at all {count:,} points (1e-12)")
    seconds = time_runs(repetitions, lambda: slopes(xs).block_until_ready())
    target = "issue's JAX (other machine): 9.0 one core, 6.7 two cores"
    variant = f"JAX jit(vmap(grad)), array in, fresh array out, {cores}"
    return [row(W1_NAME, variant, "ns/point", seconds, count, target)]


def admissions_loss(jax, jnp, features, labels):
    """Mean cross-entropy as softplus(∓z), the bench's loss.

    `jax.nn.softplus` computes max(u, 0) + log1p(e^−|u|) as the bench does, but
    differentiates correctly at u = 0; that sum written out with `jnp` has the
    slope 0.5 − 0.5 = 0 there under `grad` (JAX takes |u|′ = 1 and max′ = ½ at
    0), a wrong gradient at the zero initial weights.
    """

    def loss(parameters):
        z = parameters[0] * features[:, 0] + parameters[1] * features[:, 1] + parameters[2]
        return jnp.mean(jax.nn.softplus(jnp.where(labels == 1, -z, z)))

    return loss


def hand_written_admissions(np, features, labels, epochs, learning_rate):
    """The bench's hand-written descent (σ(z) − y by one exp), in numpy."""
    w = np.zeros(3)
    m = len(labels)
    for _ in range(epochs):
        s = 1 / (1 + np.exp(-(w[0] * features[:, 0] + w[1] * features[:, 1] + w[2]))) - labels
        w = w - np.array([np.sum(s * features[:, 0]), np.sum(s * features[:, 1]), np.sum(s)]) / m * learning_rate
    return w


def w2(jax, jnp, np, cores, repetitions, notes):
    epochs, full_epochs, learning_rate = 20_000, 200_000, 1e-3
    table = np.loadtxt(MARKS, delimiter=",", ndmin=2)
    features, labels = table[:, :2], table[:, 2]
    loss = admissions_loss(jax, jnp, jnp.asarray(features), jnp.asarray(labels))
    value_and_gradient = jax.value_and_grad(loss)
    gradient = jax.grad(loss)

    @jax.jit
    def train_recording_loss(epochs):
        def epoch(_, state):
            parameters, _ = state
            value, g = value_and_gradient(parameters)
            return parameters - learning_rate * g, value

        return jax.lax.fori_loop(0, epochs, epoch, (jnp.zeros(3), jnp.float64(0)))

    @jax.jit
    def train_gradient_only(epochs):
        return jax.lax.fori_loop(0, epochs, lambda _, p: p - learning_rate * gradient(p), jnp.zeros(3))

    reference = hand_written_admissions(np, features, labels, epochs, learning_rate)
    check_agreement("W2 value_and_grad", np.asarray(train_recording_loss(epochs)[0]), reference, tolerance=1e-10)
    check_agreement("W2 grad", np.asarray(train_gradient_only(epochs)), reference, tolerance=1e-10)
    notes.append(f"W2: both JAX loops agree with the hand-written descent after {epochs:,} epochs (1e-10)")

    parameters = [float(v) for v in train_gradient_only(full_epochs)]
    final_loss = float(loss(jnp.asarray(parameters)))
    z = features @ np.array(parameters[:2]) + parameters[2]
    accuracy = float(np.mean((1 / (1 + np.exp(-z)) > 0.5) == (labels == 1)))
    notes.append(
        f"W2: after {full_epochs} epochs: loss {final_loss!r}, accuracy {accuracy!r}, "
        f"weights [{parameters[0]!r}, {parameters[1]!r}], bias {parameters[2]!r}"
    )
    rows = []
    for variant, train in [
        ("JAX jit(fori_loop), value_and_grad", lambda: train_recording_loss(epochs)[0].block_until_ready()),
        ("JAX jit(fori_loop), grad only (no loss)", lambda: train_gradient_only(epochs).block_until_ready()),
    ]:
        target = "issue's JAX (other machine): 995,000"
        rows.append(row(W2_NAME, f"{variant}, {cores}", "epochs/s", time_runs(repetitions, train), epochs, target))
    return rows


def w3(jax, jnp, np, cores, repetitions, notes):
    l2_penalty, inner = 0.01, 20
    features, labels, parameters = wide_problem()
    # Hand-written, as the bench's baseline: gᵢ = σ(zᵢ) − yᵢ, ∇w = Xᵀg/m + 2λw, ∂b = Σg/m.
    z = features @ parameters[:-1] + parameters[-1]
    u = np.where(labels == 1, -z, z)
    expected_loss = np.mean(np.maximum(u, 0) + np.log1p(np.exp(-np.abs(u)))) + l2_penalty * np.sum(parameters[:-1] ** 2)
    s = 1 / (1 + np.exp(-z)) - labels
    expected = np.append(features.T @ s / len(labels) + 2 * l2_penalty * parameters[:-1], np.mean(s))

    x, y = jnp.asarray(features), jnp.asarray(labels)

    def loss(p):
        z = x @ p[:-1] + p[-1]
        return jnp.mean(jax.nn.softplus(jnp.where(y == 1, -z, z))) + l2_penalty * jnp.sum(p[:-1] * p[:-1])

    gradient, value_and_gradient = jax.jit(jax.grad(loss)), jax.jit(jax.value_and_grad(loss))
    p = jax.device_put(parameters)
    value, g = value_and_gradient(p)
    check_agreement("W3 value_and_grad", np.append(float(value), np.asarray(g)), np.append(expected_loss, expected))
    check_agreement("W3 grad", np.asarray(gradient(p)), expected)
    notes.append(
        f"W3: inputs fingerprint {fingerprint(features, labels, parameters):x}, "
        f"loss {float(value)!r}, gradient Σ|g| {float(np.sum(np.abs(np.asarray(g))))!r}"
    )

    def run(function):
        def body():
            for _ in range(inner):  # each call waits for its gradient, as a caller needing it would
                jax.block_until_ready(function(p))

        return body

    target = "issue's JAX (other machine): jit(grad) 0.196 one core, 0.232 two"
    return [
        row(W3_NAME, f"JAX {name}, {cores}", "ms", time_runs(repetitions, run(function)), inner, target)
        for name, function in [("jit(grad)", gradient), ("jit(value_and_grad)", value_and_gradient)]
    ]


WORKLOADS = [("W1", w1), ("W2", w2), ("W3", w3)]


def worker(arguments):
    """Runs the selected workloads in this process and writes {"rows", "notes"} as JSON to stdout."""
    try:
        import jax
        import jax.numpy as jnp
        import numpy as np
    except ImportError as error:
        sys.exit(f"jax_workloads.py: error: {error}; install JAX first (see the top of this file)")
    jax.config.update("jax_enable_x64", True)
    rows, notes = [], []
    for name, workload in WORKLOADS:
        if arguments.filter is None or arguments.filter.lower() in name.lower():
            rows += workload(jax, jnp, np, arguments.cores_label, arguments.repetitions, notes)
    notes.append(f"JAX {jax.__version__}, {jax.devices()[0].device_kind}, cores {sorted(os.sched_getaffinity(0))}")
    json.dump({"rows": rows, "notes": notes}, sys.stdout)


# MARK: - The driver: one worker process per configuration, then the report


def run_configuration(arguments, one_core):
    command = [sys.executable, os.path.abspath(__file__), "--worker", "--repetitions", str(arguments.repetitions)]
    if arguments.filter:
        command += ["--filter", arguments.filter]
    environment = dict(os.environ)
    if one_core:
        if shutil.which("taskset") is None:
            sys.exit("jax_workloads.py: error: the one-core run needs taskset (util-linux)")
        command = ["taskset", "-c", "0"] + command + ["--cores-label", "1 core"]
        environment["XLA_FLAGS"] = (environment.get("XLA_FLAGS", "") + " " + ONE_CORE_XLA_FLAGS).strip()
    else:
        command += ["--cores-label", f"{len(os.sched_getaffinity(0))} cores"]
    finished = subprocess.run(command, env=environment, stdout=subprocess.PIPE, text=True)
    if finished.returncode != 0:
        sys.exit(finished.returncode)
    return json.loads(finished.stdout)


def read_bench_output(path):
    """The rows and the W2/W3 lines of saved `dualgrad-bench --format json` output: one run's, or several
    runs' one after another (each prints its W2/W3 lines, then a JSON array)."""
    with open(path, encoding="utf-8") as file:
        text = file.read()
    rows, lines, position = [], [], 0
    decoder = json.JSONDecoder()
    while (start := re.compile(r"^\[", re.MULTILINE).search(text, position)) is not None:
        lines += [line for line in text[position : start.start()].splitlines() if re.match(r"W[23]: ", line)]
        array, position = decoder.raw_decode(text, start.start())
        rows += array
    if not rows:
        sys.exit(f"jax_workloads.py: error: no JSON array in {path}; save `dualgrad-bench --format json` there")
    return rows, lines


NUMBER = r"-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?|\bnan\b|-?\binf\b"


def numbers_in(line):
    """The numbers after a line's "W2:"/"W3:", the fingerprint left out."""
    return [float(n) for n in re.findall(NUMBER, re.sub(r"fingerprint [0-9a-f]+", "", line.split(":", 1)[1]))]


def compare_lines(ours, theirs):
    """Checks the W2 and W3 lines against the bench's: fingerprint exactly, numbers within 1e-9 relative."""
    checked = []
    for mine in ours:
        prefix = mine.split(":")[0]
        for other in theirs:
            if other.split(":")[0] != prefix:
                continue
            if prefix == "W3":
                a, b = (re.search(r"fingerprint ([0-9a-f]+)", line) for line in (mine, other))
                if not (a and b and a.group(1) == b.group(1)):
                    raise Disagreement(f"W3 inputs differ from the bench's:\n  {mine}\n  {other}")
            a, b = numbers_in(mine), numbers_in(other)
            if len(a) != len(b) or any(not abs(x - y) <= 1e-9 * max(abs(y), 1) for x, y in zip(a, b)):
                raise Disagreement(f"{prefix} differs from the bench's:\n  JAX:   {mine}\n  bench: {other}")
            checked.append(prefix)
    return checked


# Which hand-written Swift row a JAX row's ratio is taken to (the bench's own
# baseline for the same computation).
BASELINES = [
    (W1_NAME, "", "user's loop (array in, reused buffer out, libm exp)"),
    (W2_NAME, "grad only", "hand-written gradient only (no loss)"),
    (W2_NAME, "value_and_grad", "hand-written loss and gradient"),
    (W3_NAME, "", "hand-written"),
]


def attach_baselines(rows, bench_rows):
    seconds = {"ns/point": lambda v: v, "ms": lambda v: v, "epochs/s": lambda v: 1 / v}  # monotone in time
    for jax_row in rows:
        for workload, marker, variant in BASELINES:
            if jax_row["workload"] == workload and marker in jax_row["variant"]:
                # W3's variants end in " (10,001 iterations ≈ …)", which changes from run to run.
                match = [
                    r for r in bench_rows if r["workload"] == workload and r["variant"].split(" (10,001")[0] == variant
                ]
                if match:
                    to_time = seconds[jax_row["unit"]]
                    jax_row["baseline"] = match[0]["median"]
                    jax_row["ratio"] = to_time(jax_row["median"]) / to_time(match[0]["median"])
                break


def format_number(x):
    if x is None:
        return "—"
    return f"{x:.0f}" if x >= 100 else f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def text_table(rows, repetitions, compared):
    ratio = (
        "ratio = time / hand-written Swift time from the bench's output (below 1 is faster)"
        if compared
        else "--compare BENCH_OUTPUT adds dualgrad-bench's rows and the ratios"
    )
    lines = [
        f"median of {repetitions} runs after a warm-up (best and worst beside it); {ratio}",
        "",
        "| workload | variant | median | best | worst | hand-written | ratio | target |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        baseline = "—" if r["baseline"] is None else f"{format_number(r['baseline'])} {r['unit']}"
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}x"
        lines.append(
            f"| {r['workload']} | {r['variant']} | {format_number(r['median'])} {r['unit']} "
            f"| {format_number(r['best'])} | {format_number(r['worst'])} | {baseline} | {ratio} | {r['target']} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description="dualgrad-bench's W1-W3 in JAX (see the top of this file)")
    parser.add_argument("--filter", help="only the workloads whose name contains this (W1, W2, W3)")
    parser.add_argument("--repetitions", type=int, default=7, help="timed runs per row (default 7)")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--cores", choices=["1", "all", "both"], default="both", help="configurations to run")
    parser.add_argument("--compare", metavar="BENCH_OUTPUT", help="saved output of dualgrad-bench --format json")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cores-label", default="", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.repetitions < 1:
        parser.error("--repetitions needs a positive integer")
    if arguments.filter and not any(arguments.filter.lower() in name.lower() for name, _ in WORKLOADS):
        parser.error(f"no workload matches '{arguments.filter}'; the workloads are W1, W2, W3")
    if arguments.worker:
        worker(arguments)
        return

    rows, notes = [], []
    for one_core in {"1": [True], "all": [False], "both": [True, False]}[arguments.cores]:
        result = run_configuration(arguments, one_core)
        rows += result["rows"]
        notes += [note for note in result["notes"] if note not in notes]
    # One row per workload and variant, configurations side by side.
    rows.sort(key=lambda r: [name for name, _ in WORKLOADS].index(r["workload"][:2]))
    try:
        if arguments.compare:
            bench_rows, bench_lines = read_bench_output(arguments.compare)
            checked = compare_lines([n for n in notes if re.match(r"W[23]: (after|inputs)", n)], bench_lines)
            agreed = ", ".join(checked) or "nothing (no W2/W3 lines there)"
            notes.append(f"agrees with the bench's own lines for: {agreed}")
            attach_baselines(rows, bench_rows)
            workloads = {r["workload"] for r in rows}
            rows = [r for r in bench_rows if r["workload"] in workloads] + rows
            rows.sort(key=lambda r: r["workload"][:2])  # stable: the bench's rows, then JAX's, per workload
    except Disagreement as error:
        sys.exit(f"jax_workloads.py: error: {error}")
    if arguments.format == "json":
        print("\n".join(notes), file=sys.stderr)  # stdout stays pure JSON
        print(json.dumps(rows, indent=2, sort_keys=True, ensure_ascii=False))
    else:
        print("\n".join(notes) + "\n")
        print(text_table(rows, arguments.repetitions, compared=arguments.compare is not None))


if __name__ == "__main__":
    try:
        main()
    except Disagreement as error:
        sys.exit(f"jax_workloads.py: error: {error}")
