/**
 * A running server taking new pages: a watched folder ({@code kg serve --watch}) and an
 * authenticated {@code POST /admin/ingest}, both writing through one {@link org.localkg.server.live.LiveIngest}
 * in the server's own process, in write transactions that the server's readers never wait for.
 */
package org.localkg.server.live;
