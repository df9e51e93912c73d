package dev.policysim.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** The sample workspaces of the tests, and zips built from raw entry names. */
final class TestWorkspaces {

	private TestWorkspaces() {
	}

	/** The folder of {@code src/test/resources/workspaces/contoso}, as copied to the test classes. */
	static Path contosoFolder() {
		URL url = Objects.requireNonNull(TestWorkspaces.class.getResource("/workspaces/contoso"), "contoso fixture");
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static WorkspaceFiles contosoFiles() {
		try {
			return WorkspaceFiles.fromFolder(contosoFolder(), ArchiveLimits.DEFAULTS);
		}
		catch (WorkspaceInputException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A zip with entries written exactly as named, hostile names included.
	 * @param entries the content by entry name, in order; a name ending in {@code /} is a folder
	 * @return the archive
	 */
	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeArchiveEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A zip of the given files under one top folder, as zipping a workspace folder gives it. */
	static byte[] zipUnder(String topFolder, WorkspaceFiles files) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put(topFolder + "/", new byte[0]);
		for (String path : files.paths()) {
			entries.put(topFolder + "/" + path, files.content(path).orElseThrow());
		}
		return zip(entries);
	}

}
