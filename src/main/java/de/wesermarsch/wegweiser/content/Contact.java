package de.wesermarsch.wegweiser.content;

/**
 * Contact data of an offer or a guide page; every field is optional and present only where the source gives it.
 * {@code hours} are the opening or phone hours as the source words them.
 */
public record Contact(String person, String phone, String email, String address, String web, String hours) {

	/** Whether the source gives no contact data at all. */
	public boolean none() {
		return person == null && phone == null && email == null && address == null && web == null && hours == null;
	}

	/** Whether there is a way to reach someone: a phone number, an e-mail or a postal address. */
	public boolean reachable() {
		return phone != null || email != null || address != null;
	}

}
