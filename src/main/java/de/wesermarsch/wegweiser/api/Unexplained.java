package de.wesermarsch.wegweiser.api;

/**
 * A throwable for the log without its messages: the same type and stack (and causes), but the message of each
 * is dropped, because a library's message often repeats what the client sent (a search text, a header value).
 */
final class Unexplained extends RuntimeException {

	private final String type;

	private Unexplained(Throwable original) {
		super(null, original.getCause() == null ? null : new Unexplained(original.getCause()), false, true);
		this.type = original.getClass().getName();
		setStackTrace(original.getStackTrace());
	}

	static Unexplained of(Throwable original) {
		return new Unexplained(original);
	}

	@Override
	public String toString() {
		return type;
	}

}
