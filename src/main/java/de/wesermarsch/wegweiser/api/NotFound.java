package de.wesermarsch.wegweiser.api;

/** Something the caller asked for by id does not exist; the message says what. */
public class NotFound extends RuntimeException {

	public NotFound(String detail) {
		super(detail, null, false, false);
	}

}
