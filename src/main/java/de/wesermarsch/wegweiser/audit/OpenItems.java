package de.wesermarsch.wegweiser.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.wesermarsch.wegweiser.content.Content;

/**
 * What the county still has to supply (the imprint's address, the data protection officer, …), per entry, from
 * {@code content/open-items.yaml}. The pages say plainly that these details are missing instead of showing a
 * placeholder; this list tells the editors what to fill in. An id that names no entry is refused.
 */
public record OpenItems(Map<String, List<String>> items) {

	static final String FILE = "open-items.yaml";

	public static OpenItems read(Path contentDir, Content content) {
		Path file = contentDir.resolve(FILE);
		Map<String, List<String>> items = new LinkedHashMap<>();
		if (!Files.exists(file)) {
			return new OpenItems(items);
		}
		Object yaml = AuditFiles.read(file);
		if (yaml == null) {
			return new OpenItems(items);
		}
		AuditFiles.map(yaml, FILE).forEach((id, list) -> {
			if (content.entry(id).isEmpty()) {
				throw new IllegalArgumentException(FILE + ": '" + id + "' is not an entry");
			}
			List<String> lines = new ArrayList<>();
			AuditFiles.list(list, FILE + " " + id).forEach(item -> lines.add(AuditFiles.string(item, FILE + " " + id)));
			items.put(id, List.copyOf(lines));
		});
		return new OpenItems(items);
	}

	public int size() {
		return items.values().stream().mapToInt(List::size).sum();
	}

}
