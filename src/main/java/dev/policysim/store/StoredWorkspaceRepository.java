package dev.policysim.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The workspace rows. */
interface StoredWorkspaceRepository extends Repository<StoredWorkspace, Long> {

	StoredWorkspace save(StoredWorkspace workspace);

	Optional<StoredWorkspace> findByEditId(String editId);

	Optional<StoredWorkspace> findByViewId(String viewId);

	List<StoredWorkspace> findByEditIdInOrderByUpdatedAtDesc(Collection<String> editIds);

}
