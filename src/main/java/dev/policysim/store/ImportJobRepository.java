package dev.policysim.store;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The progress rows of imports. */
interface ImportJobRepository extends Repository<ImportJob, String> {

	ImportJob save(ImportJob job);

	Optional<ImportJob> findById(String id);

}
