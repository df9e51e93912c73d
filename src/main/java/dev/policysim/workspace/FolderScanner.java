package dev.policysim.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a workspace folder within the same {@link ArchiveLimits} as a zip. Links are followed
 * only while they stay inside the folder, so a workspace cannot pull in {@code /etc/passwd}.
 */
final class FolderScanner extends SimpleFileVisitor<Path> {

	private final ArchiveLimits limits;

	private final Map<String, byte[]> files = new TreeMap<>();

	private Path root = Path.of(".");

	private Path realRoot = Path.of(".");

	private long unpacked;

	private Optional<WorkspaceInputException> failure = Optional.empty();

	FolderScanner(ArchiveLimits limits) {
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/**
	 * Reads every file under a folder.
	 * @param folder the workspace folder
	 * @return the files by relative path, clutter such as {@code .git/} left out
	 * @throws WorkspaceInputException when the folder is over a limit, holds a link that leaves it,
	 * or cannot be read
	 */
	Map<String, byte[]> scan(Path folder) throws WorkspaceInputException {
		if (!Files.isDirectory(folder)) {
			throw new WorkspaceInputException("\"" + folder + "\" is not a folder.");
		}
		try {
			this.root = folder;
			this.realRoot = folder.toRealPath();
			Files.walkFileTree(folder, this);
		}
		catch (IOException ex) {
			throw new WorkspaceInputException("The folder \"" + folder + "\" cannot be read: " + ex.getMessage(), ex);
		}
		if (this.failure.isPresent()) {
			throw this.failure.get();
		}
		return this.files;
	}

	@Override
	public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
		if (!dir.equals(this.root) && EntryNames.isClutter(relative(dir) + "/x")) {
			return FileVisitResult.SKIP_SUBTREE;
		}
		return FileVisitResult.CONTINUE;
	}

	@Override
	public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
		try {
			String path = EntryNames.normalise(relative(file));
			if (EntryNames.isClutter(path) || !shouldRead(file, attrs, path)) {
				return FileVisitResult.CONTINUE;
			}
			if (this.files.size() >= this.limits.maxEntries()) {
				throw new WorkspaceLimitException("The folder holds more than " + this.limits.maxEntries()
						+ " files; the limit is " + this.limits.maxEntries() + ".");
			}
			this.files.put(path, read(file, path));
			return FileVisitResult.CONTINUE;
		}
		catch (WorkspaceInputException ex) {
			this.failure = Optional.of(ex);
			return FileVisitResult.TERMINATE;
		}
	}

	@Override
	public FileVisitResult visitFileFailed(Path file, IOException ex) {
		this.failure = Optional.of(new WorkspaceInputException(
				"The file \"" + relative(file) + "\" cannot be read: " + ex.getMessage(), ex));
		return FileVisitResult.TERMINATE;
	}

	private boolean shouldRead(Path file, BasicFileAttributes attrs, String path) throws WorkspaceInputException {
		if (!attrs.isSymbolicLink()) {
			return attrs.isRegularFile();
		}
		Path target;
		try {
			target = file.toRealPath();
		}
		catch (IOException ex) {
			throw new WorkspaceInputException("\"" + path + "\" is a link to a file that does not exist.", ex);
		}
		if (!target.startsWith(this.realRoot)) {
			throw new WorkspaceInputException("\"" + path
					+ "\" is a link to a file outside the workspace folder; copy the file into the folder instead.");
		}
		// A linked folder inside the workspace is walked where it really is.
		return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS);
	}

	private byte[] read(Path file, String path) throws WorkspaceInputException {
		long left = this.limits.maxUnpackedBytes() - this.unpacked;
		try (InputStream in = Files.newInputStream(file)) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, left + 1));
			this.unpacked += bytes.length;
			if (this.unpacked > this.limits.maxUnpackedBytes()) {
				String limit = ByteSizes.describe(this.limits.maxUnpackedBytes());
				throw new WorkspaceLimitException(
						"The folder holds more than " + limit + " of files; the limit is " + limit + ".");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new WorkspaceInputException("The file \"" + path + "\" cannot be read: " + ex.getMessage(), ex);
		}
	}

	private String relative(Path path) {
		return this.root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
	}

}
