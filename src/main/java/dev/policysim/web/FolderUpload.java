package dev.policysim.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a folder chosen in the browser ({@code <input webkitdirectory>}), whose names carry
 * the path inside the chosen folder. The chosen folder's own name is removed, as are hidden files
 * and folders (such as {@code .git/}), as when reading a folder from disk.
 */
final class FolderUpload {

	private FolderUpload() {
	}

	/**
	 * Checks the upload against the limits and turns it into workspace files.
	 * @param parts the uploaded files
	 * @param limits the limits
	 * @return the files
	 * @throws UploadRefusedException with a message for the user when a limit is exceeded or a
	 * path would leave the folder
	 */
	static WorkspaceFiles read(List<MultipartFile> parts, UploadSettings limits) {
		List<MultipartFile> files = parts.stream().filter(FolderUpload::named).toList();
		if (files.size() > limits.maxEntries()) {
			throw new UploadRefusedException("The folder holds " + files.size() + " files; the limit is "
					+ limits.maxEntries() + ".");
		}
		long total = files.stream().mapToLong(MultipartFile::getSize).sum();
		if (total > limits.maxUnpackedBytes()) {
			throw new UploadRefusedException("The folder holds " + UploadSettings.megabytes(total) + "; the limit is "
					+ UploadSettings.megabytes(limits.maxUnpackedBytes()) + ".");
		}
		Map<String, byte[]> contents = new TreeMap<>();
		for (MultipartFile file : files) {
			String path = insideFolder(String.valueOf(file.getOriginalFilename()).replace('\\', '/'));
			if (!path.isEmpty() && !hidden(path)) {
				contents.put(path, bytes(file));
			}
		}
		if (contents.isEmpty()) {
			throw new UploadRefusedException("The folder holds no files.");
		}
		try {
			return WorkspaceFiles.of(contents);
		}
		catch (IllegalArgumentException ex) {
			throw new UploadRefusedException("A file name cannot be used: " + ex.getMessage());
		}
	}

	private static boolean named(MultipartFile part) {
		String name = part.getOriginalFilename();
		return name != null && !name.isBlank();
	}

	private static String insideFolder(String name) {
		int slash = name.indexOf('/');
		return (slash < 0) ? name : name.substring(slash + 1);
	}

	private static boolean hidden(String path) {
		for (String segment : path.split("/")) {
			if (segment.startsWith(".") && !segment.equals("..") || segment.equals("__MACOSX")) {
				return true;
			}
		}
		return false;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
