package org.khabar.server.web;

import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * Serves khabar's Neo4j Browser style sheet at {@code /khabar/style.grass} so that Browser can
 * apply it on connect ({@code browser.post_connect_cmd = style <url>}).
 */
@Path("/style.grass")
public final class StyleResource {
    static final String RESOURCE = "/cypher/browser/style.grass";

    @GET
    @Produces("text/plain; charset=utf-8")
    public Response style() throws IOException {
        try (InputStream in = StyleResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return Response.status(Response.Status.NOT_FOUND).build();
            return Response.ok(in.readAllBytes())
                    .header("Access-Control-Allow-Origin", "*")
                    .build();
        }
    }
}
