package de.wesermarsch.wegweiser.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of entry; the id is what the API and the content files use, the folder where the files are. */
public enum EntryType {

	OFFER("offer", "offers"), NETWORK("network", "networks"), MEASURE("measure", "measures"), GUIDE("guide", "guides"),
	PAGE("page", "pages");

	private final String id;

	private final String folder;

	EntryType(String id, String folder) {
		this.id = id;
		this.folder = folder;
	}

	public String id() {
		return id;
	}

	/** The folder under the content directory that holds entries of this type. */
	public String folder() {
		return folder;
	}

	public static Optional<EntryType> of(String id) {
		return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
	}

}
