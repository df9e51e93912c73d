package dev.policysim.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The raw files of a workspace, by relative path with {@code /} separators, in path order.
 * Immutable: {@link #with} and {@link #without} return copies, and byte arrays are copied in and
 * out. Folders and zips are read within {@link ArchiveLimits}, so an upload cannot exhaust the
 * server, and no path can point outside the workspace.
 */
public final class WorkspaceFiles {

	/** A fixed time for exported entries, so exporting the same files twice gives the same zip. */
	private static final FileTime EXPORT_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

	private final SortedMap<String, byte[]> files;

	private WorkspaceFiles(SortedMap<String, byte[]> files) {
		this.files = Collections.unmodifiableSortedMap(files);
	}

	/**
	 * Reads a workspace folder. Links that leave the folder, hidden folders such as {@code .git/}
	 * and {@code .DS_Store} files are not read.
	 * @param folder the folder the APIOps extractor wrote
	 * @param limits the most files and bytes accepted ({@code maxEntries}, {@code maxUnpackedBytes})
	 * @return the files
	 * @throws WorkspaceInputException when the folder is over a limit, holds a link that leaves it,
	 * or cannot be read
	 */
	public static WorkspaceFiles fromFolder(Path folder, ArchiveLimits limits) throws WorkspaceInputException {
		return new WorkspaceFiles(new TreeMap<>(new FolderScanner(limits).scan(folder)));
	}

	/**
	 * Reads a zipped workspace. When everything sits under one top folder (a zip of the folder
	 * itself) that folder is removed; {@code __MACOSX/} and {@code .DS_Store} entries are skipped.
	 * @param zip the archive
	 * @param limits the limits of the upload
	 * @return the files
	 * @throws WorkspaceInputException when the zip is over a limit, damaged, not a zip, or holds an
	 * entry that would escape the folder
	 */
	public static WorkspaceFiles fromZip(byte[] zip, ArchiveLimits limits) throws WorkspaceInputException {
		return new WorkspaceFiles(new TreeMap<>(new ZipUnpacker(limits).unpack(zip)));
	}

	/**
	 * Reads a zipped workspace from a stream, reading no more than {@code maxArchiveBytes}.
	 * @param zip the archive; not closed
	 * @param limits the limits of the upload
	 * @return the files
	 * @throws WorkspaceInputException as {@link #fromZip(byte[], ArchiveLimits)}
	 */
	public static WorkspaceFiles fromZip(InputStream zip, ArchiveLimits limits) throws WorkspaceInputException {
		return fromZip(ZipUnpacker.readArchive(zip, limits), limits);
	}

	/**
	 * Files given in memory, e.g. by a test or an editor.
	 * @param files the content by relative path
	 * @return the files
	 * @throws IllegalArgumentException when a path is empty or escapes the workspace root
	 */
	public static WorkspaceFiles of(Map<String, byte[]> files) {
		SortedMap<String, byte[]> copy = new TreeMap<>();
		files.forEach((path, bytes) -> copy.put(checked(path), bytes.clone()));
		return new WorkspaceFiles(copy);
	}

	private static String checked(String path) {
		try {
			String normalised = EntryNames.normalise(path);
			if (normalised.isEmpty()) {
				throw new IllegalArgumentException("A workspace file needs a name.");
			}
			return normalised;
		}
		catch (WorkspaceInputException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/** The paths of all files, in order. */
	public SortedSet<String> paths() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(this.files.keySet()));
	}

	/**
	 * The names of the folders directly under a folder that hold at least one file.
	 * @param parent a folder path without trailing slash, e.g. {@code apis}
	 * @return the folder names in order; empty when there are none
	 */
	public SortedSet<String> folders(String parent) {
		String prefix = parent + "/";
		SortedSet<String> names = new TreeSet<>();
		for (String path : this.files.tailMap(prefix).keySet()) {
			if (!path.startsWith(prefix)) {
				break;
			}
			int slash = path.indexOf('/', prefix.length());
			if (slash > 0) {
				names.add(path.substring(prefix.length(), slash));
			}
		}
		return names;
	}

	/**
	 * A file's content.
	 * @param path the relative path
	 * @return a copy of the bytes, or empty when there is no such file
	 */
	public Optional<byte[]> content(String path) {
		return Optional.ofNullable(this.files.get(path)).map(byte[]::clone);
	}

	/** The bytes without a copy, for the readers of this package, which never change them. */
	Optional<byte[]> bytes(String path) {
		return Optional.ofNullable(this.files.get(path));
	}

	/**
	 * A file's text, decoded as UTF-8 without its byte order mark.
	 * @param path the relative path
	 * @return the text, or empty when there is no such file
	 */
	public Optional<String> text(String path) {
		return bytes(path).map(WorkspaceFiles::decode);
	}

	static String decode(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/**
	 * A copy with a file added or replaced.
	 * @param path the relative path
	 * @param content the new content
	 * @return the new files
	 */
	public WorkspaceFiles with(String path, byte[] content) {
		SortedMap<String, byte[]> copy = new TreeMap<>(this.files);
		copy.put(checked(path), content.clone());
		return new WorkspaceFiles(copy);
	}

	/**
	 * A copy without a file.
	 * @param path the relative path
	 * @return the new files; equal content when there was no such file
	 */
	public WorkspaceFiles without(String path) {
		SortedMap<String, byte[]> copy = new TreeMap<>(this.files);
		copy.remove(path);
		return new WorkspaceFiles(copy);
	}

	/** The number of files. */
	public int size() {
		return this.files.size();
	}

	/**
	 * The files as a zip, for export; the same files always give the same bytes.
	 * @return the archive
	 */
	public byte[] toZip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
			zip.setEncoding(StandardCharsets.UTF_8.name());
			for (Map.Entry<String, byte[]> file : this.files.entrySet()) {
				ZipArchiveEntry entry = new ZipArchiveEntry(file.getKey());
				entry.setLastModifiedTime(EXPORT_TIME);
				zip.putArchiveEntry(entry);
				zip.write(file.getValue());
				zip.closeArchiveEntry();
			}
		}
		catch (IOException ex) {
			// Writing to memory does not fail; this would be a bug in the archiver.
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
