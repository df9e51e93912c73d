package dev.policysim.policy;

/**
 * A place in a source file, 1-based, as an editor shows it.
 *
 * @param line the line, starting at 1
 * @param column the column, starting at 1, counted in UTF-16 code units of that line
 */
public record Position(int line, int column) implements Comparable<Position> {

	/** The start of a file, used where a problem concerns the whole file. */
	public static final Position START = new Position(1, 1);

	public Position {
		if (line < 1 || column < 1) {
			throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
		}
	}

	@Override
	public int compareTo(Position other) {
		int byLine = Integer.compare(this.line, other.line);
		return (byLine != 0) ? byLine : Integer.compare(this.column, other.column);
	}

	@Override
	public String toString() {
		return this.line + ":" + this.column;
	}

}
