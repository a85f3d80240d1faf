package de.wesermarsch.wegweiser.content;

/** When a measure of the concept is due: by a year, ongoing ("laufend"), or to be made permanent ("verstetigen"). */
public sealed interface Deadline {

	/** The id used in content files and the API: the year, {@code ongoing} or {@code make-permanent}. */
	String id();

	record ByYear(int year) implements Deadline {
		public ByYear {
			if (year < 2000 || year > 2100) {
				throw new IllegalArgumentException("year out of range: " + year);
			}
		}

		@Override
		public String id() {
			return Integer.toString(year);
		}
	}

	record Ongoing() implements Deadline {
		@Override
		public String id() {
			return "ongoing";
		}
	}

	record MakePermanent() implements Deadline {
		@Override
		public String id() {
			return "make-permanent";
		}
	}

	static Deadline parse(String value) {
		return switch (value) {
			case "ongoing" -> new Ongoing();
			case "make-permanent" -> new MakePermanent();
			default -> {
				if (!value.matches("\\d{4}")) {
					throw new IllegalArgumentException(
							"'" + value + "' is not a deadline (a year, 'ongoing' or 'make-permanent')");
				}
				yield new ByYear(Integer.parseInt(value));
			}
		};
	}

}
