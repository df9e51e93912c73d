package dev.policysim.web.api;

import java.io.IOException;
import java.io.InputStream;

import dev.policysim.web.UploadSettings;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceLimitException;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the {@code workspace} part of an API call: a zip of an APIOps workspace, within the upload
 * limits ({@code policysim.upload.*}: 10 MB, 2 000 entries, 50 MB unpacked by default). The size
 * is checked before a byte is unpacked; entries and unpacked bytes are counted while unpacking.
 */
@Component
class WorkspaceUploads {

	private final UploadSettings settings;

	WorkspaceUploads(UploadSettings settings) {
		this.settings = settings;
	}

	/**
	 * Unpacks an uploaded zip.
	 * @param upload the part
	 * @return the files
	 * @throws WorkspaceLimitException when it is over a limit
	 * @throws WorkspaceInputException when it is empty, not a zip, damaged, or holds an entry that
	 * would leave the folder
	 */
	WorkspaceFiles read(MultipartFile upload) throws WorkspaceInputException {
		if (upload.getSize() > this.settings.maxArchiveBytes()) {
			throw new WorkspaceLimitException("The zip is " + UploadSettings.megabytes(upload.getSize())
					+ "; the limit is " + UploadSettings.megabytes(this.settings.maxArchiveBytes()) + ".");
		}
		try (InputStream in = upload.getInputStream()) {
			return WorkspaceFiles.fromZip(in, this.settings.limits());
		}
		catch (IOException ex) {
			throw new WorkspaceInputException("The upload could not be read: " + ex.getMessage(), ex);
		}
	}

}
