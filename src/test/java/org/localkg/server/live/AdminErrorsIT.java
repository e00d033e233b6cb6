package org.localkg.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.ingest.InputLimits;
import org.localkg.store.FillingDisk;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * Every answer of the admin port that is not a success is JSON, {@code {"error": "..."}}, with its
 * status: a bad token, a bad id, a page too large, a method or path that does not exist, a full
 * disk (507), a failure nobody foresaw (500). Never Jetty's HTML page, an exception's name or a
 * trace; and after a full disk the endpoint takes pages again once there is room.
 */
class AdminErrorsIT {
    private static final String TOKEN = "a-test-token-of-some-length";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final byte[] PAGE = read("src/test/resources/pages/inspection-page.txt");

    @TempDir
    static Path dir;
    static FillingDisk disk = new FillingDisk(Long.MAX_VALUE);
    static FillingDisk broken = new FillingDisk(0, () -> {
        throw new IllegalStateException("org.example.Secret: something nobody foresaw");
    });
    static KgStore store, brokenStore;
    static AdminServer admin, brokenAdmin;

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void start() {
        store = disk.open(dir.resolve("store"));
        brokenStore = broken.open(dir.resolve("broken"));
        admin = server(store);
        brokenAdmin = server(brokenStore);
    }

    private static AdminServer server(KgStore kg) {
        Pipeline pipeline = new Pipeline("http://localhost:3030/").limits(new InputLimits(PAGE.length + 100, 200_000));
        return new AdminServer("127.0.0.1", 0, new AdminIngestServlet(new LiveIngest(kg, pipeline, new IngestListener() {}),
                AdminToken.of(TOKEN))).start();
    }

    @AfterAll
    static void stop() {
        admin.stop();
        brokenAdmin.stop();
        store.close();
        brokenStore.close();
    }

    private static HttpResponse<String> send(AdminServer to, String method, String pathAndQuery, byte[] body, boolean token)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token) {
            b.header("Authorization", "Bearer " + TOKEN);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The error's message, after checking the answer is JSON with that status and no trace of an exception. */
    private static String error(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonObject json = JsonParser.parseString(r.body()).getAsJsonObject();
        String message = json.get("error").getAsString();
        assertFalse(message.isBlank() || message.contains("\n"), message);
        assertFalse(r.body().matches("(?s).*(Exception|Error\\b|\\bat org\\.|\\bat java\\.|org\\.example|<html).*"), r.body());
        return message;
    }

    @Test
    void refusedRequestsAreJson() throws Exception {
        error(send(admin, "POST", "/admin/ingest?id=a.txt", PAGE, false), 401);
        error(send(admin, "POST", "/admin/ingest?id=../a.txt", PAGE, true), 400);
        error(send(admin, "POST", "/admin/ingest?id=big.txt", new byte[PAGE.length + 101], true), 413);
        assertTrue(error(send(admin, "GET", "/admin/ingest?id=a.txt", null, true), 405).contains("POST"));
        error(send(admin, "PUT", "/admin/ingest?id=a.txt", PAGE, true), 405);
        error(send(admin, "POST", "/admin/nothing-here", PAGE, true), 404);
        error(send(admin, "GET", "/", null, false), 404);
    }

    @Test
    void aRequestJettyCannotParseIsJson() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", admin.port())) {
            socket.getOutputStream().write("POST /admin/ingest?id=a.txt HTTP/1.1\r\nHost: x\r\nContent-Length: x\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("Content-Type: application/json") && answer.endsWith("{\"error\":\"Bad Request\"}"), answer);
        }
    }

    @Test
    void aFullDiskIs507AndThePageGoesInOnceThereIsRoom() throws Exception {
        disk.free(0);
        try {
            String message = error(send(admin, "POST", "/admin/ingest?id=full.txt", PAGE, true), 507);
            assertTrue(message.matches("the disk holding the store is full \\(\\d+\\.\\d MB free\\): the page was not stored;.*"), message);
        } finally {
            disk.free(Long.MAX_VALUE);
        }
        HttpResponse<String> again = send(admin, "POST", "/admin/ingest?id=full.txt", PAGE, true);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"added\":1"), again.body());
    }

    @Test
    void aFailureNobodyForesawIs500InOneLine() throws Exception {
        String message = error(send(brokenAdmin, "POST", "/admin/ingest?id=a.txt", PAGE, true), 500);
        assertFalse(message.contains("Secret") || message.contains("foresaw"), message);
    }
}
