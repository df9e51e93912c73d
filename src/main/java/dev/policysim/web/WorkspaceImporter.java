package dev.policysim.web;

import java.util.Objects;

import dev.policysim.store.ImportJobs;
import dev.policysim.store.ImportProgress;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Imports a workspace in the background, so a large zip shows progress rather than a frozen page.
 * Progress goes to the database ({@link ImportJobs}), where any instance can report it.
 */
@Component
class WorkspaceImporter {

	private static final Logger logger = LoggerFactory.getLogger(WorkspaceImporter.class);

	/** How often, in files, progress is written while storing. */
	static final int REPORT_EVERY = 25;

	private final ImportJobs jobs;

	private final WorkspaceStore store;

	private final WorkspaceReader reader;

	private final UploadSettings upload;

	private final TaskExecutor executor;

	// by name: the permalink purge's @EnableScheduling adds a taskScheduler, which is a TaskExecutor too
	WorkspaceImporter(ImportJobs jobs, WorkspaceStore store, WorkspaceReader reader, UploadSettings upload,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.jobs = jobs;
		this.store = store;
		this.reader = reader;
		this.upload = upload;
		this.executor = executor;
	}

	/**
	 * Starts importing a zip.
	 * @param name the new workspace's name
	 * @param zip the archive's bytes, already checked against the size limit
	 * @return the job's id, for the progress page
	 */
	String startZip(String name, byte[] zip) {
		ImportProgress job = this.jobs.start("Unpacking the zip");
		this.executor.execute(() -> run(job.id(), name, () -> WorkspaceFiles.fromZip(zip, this.upload.limits())));
		return job.id();
	}

	/**
	 * Starts importing files a browser sent from a folder.
	 * @param name the new workspace's name
	 * @param files the files, already checked against the limits
	 * @return the job's id, for the progress page
	 */
	String startFolder(String name, WorkspaceFiles files) {
		ImportProgress job = this.jobs.start("Reading the folder");
		this.executor.execute(() -> run(job.id(), name, () -> files));
		return job.id();
	}

	private void run(String jobId, String name, FileSource source) {
		try {
			WorkspaceFiles files = source.files();
			int total = files.size();
			this.jobs.progress(jobId, "Storing files", 0, total);
			WorkspaceSummary created = this.store.create(name, files, "Imported", (done) -> {
				if (done % REPORT_EVERY == 0) {
					this.jobs.progress(jobId, "Storing files", done, total);
				}
			});
			this.jobs.progress(jobId, "Reading policies", total, total);
			// reads every document once, so the workspace page opens on a checked workspace
			this.reader.read(files);
			this.jobs.succeed(jobId, created.editId());
		}
		catch (WorkspaceInputException ex) {
			this.jobs.fail(jobId, Objects.requireNonNullElse(ex.getMessage(), "The upload cannot be used."));
		}
		catch (RuntimeException ex) {
			logger.error("Import {} failed", jobId, ex);
			this.jobs.fail(jobId, "The import failed unexpectedly; nothing was saved. Please try again.");
		}
	}

	/** Where the files come from; unpacking a zip can fail with a message for the user. */
	@FunctionalInterface
	private interface FileSource {

		WorkspaceFiles files() throws WorkspaceInputException;

	}

}
