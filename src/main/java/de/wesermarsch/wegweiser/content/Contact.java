package de.wesermarsch.wegweiser.content;

/** Contact data of an offer; every field is optional and present only where the source gives it. */
public record Contact(String person, String phone, String email, String address, String web) {

	/** Whether the source gives no contact data at all. */
	public boolean none() {
		return person == null && phone == null && email == null && address == null && web == null;
	}

}
