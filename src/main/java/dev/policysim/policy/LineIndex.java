package dev.policysim.policy;

import java.util.Arrays;

/**
 * Converts between character offsets and the line and column an editor shows, for one text.
 */
final class LineIndex {

	private final int[] lineStarts;

	private final int length;

	LineIndex(String text) {
		int[] starts = new int[16];
		int count = 0;
		starts[count++] = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		this.lineStarts = Arrays.copyOf(starts, count);
		this.length = text.length();
	}

	/** The line and column of an offset (clamped to the text). */
	Position position(int offset) {
		int clamped = Math.max(0, Math.min(offset, this.length));
		int found = Arrays.binarySearch(this.lineStarts, clamped);
		int line = (found >= 0) ? found : -found - 2;
		return new Position(line + 1, clamped - this.lineStarts[line] + 1);
	}

	/** The offset of a line and column (clamped to the text). */
	int offset(int line, int column) {
		int lineIndex = Math.max(0, Math.min(line, this.lineStarts.length) - 1);
		return Math.min(this.length, this.lineStarts[lineIndex] + Math.max(0, column - 1));
	}

}
