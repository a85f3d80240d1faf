package de.wesermarsch.wegweiser.content;

import java.util.Arrays;
import java.util.Optional;

/** Who made a text: taken verbatim from the source, written or translated by a person, or with a machine. */
public enum Provenance {

	SOURCE("source"), HUMAN("human"), MACHINE_ASSISTED("machine-assisted");

	private final String id;

	Provenance(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<Provenance> of(String id) {
		return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
	}

}
