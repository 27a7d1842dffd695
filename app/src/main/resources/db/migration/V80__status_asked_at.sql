-- When the service point last asked central for this packet's status. The poll takes the packets asked
-- longest ago first: central's own status time does not move while a status stays the same, so ordering
-- by it alone asked the same oldest batch every time and starved the rest.
ALTER TABLE packet_outbox ADD COLUMN status_asked_at timestamptz;
