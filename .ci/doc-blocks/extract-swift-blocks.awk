# Writes each ```swift block of the input to <dir>/<prefix>-<n>.swift with a
# line directive so errors point at the Markdown file.
/^```swift[ \t]*$/ { n++; inside = 1; file = sprintf("%s/%s-%02d.swift", dir, prefix, n); printf "#sourceLocation(file: \"%s\", line: %d)\n", FILENAME, NR + 1 > file; next }
/^```[ \t]*$/ && inside { inside = 0; close(file); next }
inside { print > file }
