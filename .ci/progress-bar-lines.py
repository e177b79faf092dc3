# Checks a terminal transcript (from `script`) of a training example: no report
# line may share its line with the progress bar. Usage: progress-bar-lines.py FILE
import sys
# What a terminal shows for a transcript: \r returns to column 0, later
# characters overwrite earlier ones, \n ends the line.
text = open(sys.argv[1], encoding='utf-8', errors='replace', newline='').read()
lines, column = [[]], 0
for character in text:
    if character == '\r': column = 0
    elif character == '\n': lines.append([]); column = 0
    else:
        line = lines[-1]
        if column < len(line): line[column] = character
        else: line.append(character)
        column += 1
shown = [''.join(line).rstrip() for line in lines]
reports = [line for line in shown if 'accuracy' in line]
shared = [line for line in reports if 'epoch/s' in line]
if len(reports) < 2 or shared:
    print('progress bar and report lines share a line:', *(shared or shown), sep='\n')
    sys.exit(1)
