package dev.policysim.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The revision rows with their file lists. */
interface StoredRevisionRepository extends Repository<StoredRevision, Long> {

	StoredRevision save(StoredRevision revision);

	Optional<StoredRevision> findByWorkspaceIdAndNumber(long workspaceId, int number);

	List<StoredRevision> findByWorkspaceIdOrderByNumberDesc(long workspaceId);

}
