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

	/**
	 * Where entries of this type stand in a list for people: help one can act on (offers, guide pages, pages)
	 * first, then networks, then the county's plans (measures), which are no help yet.
	 */
	public int helpOrder() {
		return switch (this) {
			case OFFER, GUIDE, PAGE -> 0;
			case NETWORK -> 1;
			case MEASURE -> 2;
		};
	}

	/** A measure of the Integrationskonzept: something the county plans, not a service one can use. */
	public boolean isPlan() {
		return this == MEASURE;
	}

	public static Optional<EntryType> of(String id) {
		return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
	}

}
