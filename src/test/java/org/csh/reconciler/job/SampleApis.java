package org.csh.reconciler.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.csh.reconciler.demo.DemoServer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The sample organisation ({@link DemoServer}) behind a recording WireMock proxy: tests make Asana refuse the
 * token or answer slowly, then count what each run really fetched from GitHub and Asana.
 */
public final class SampleApis implements AutoCloseable {

    private static final String ASANA = "/api/1\\.0/.*";
    private static final String ASANA_PORTFOLIO = "/api/1\\.0/portfolios/.*";

    private final DemoServer demo;
    private final WireMockServer proxy;
    private final String demoRoot;
    private final List<StubMapping> overrides = new ArrayList<>();

    private SampleApis(DemoServer demo, WireMockServer proxy, String demoRoot) {
        this.demo = demo;
        this.proxy = proxy;
        this.demoRoot = demoRoot;
    }

    public static SampleApis start(LocalDate runDate, Path workDir) throws IOException {
        DemoServer demo = DemoServer.start(runDate, workDir);
        String demoRoot = demo.github().apiUrl().toString().replaceAll("/+$", "");
        WireMockServer proxy = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1").dynamicPort().http2PlainDisabled(true));
        proxy.start();
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(demoRoot)));
        return new SampleApis(demo, proxy, demoRoot);
    }

    /** Property overrides pointing a run at the proxy. */
    public List<String> arguments() {
        String proxyRoot = "http://127.0.0.1:" + proxy.port();
        return demo.arguments().stream().map(argument -> argument.replace(demoRoot, proxyRoot)).toList();
    }

    /** Asana answers every request with {@code status}, e.g. 401 for a revoked token. */
    public void asanaAnswers(int status) {
        overrides.add(proxy.stubFor(any(urlPathMatching(ASANA)).atPriority(1)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"message\":\"Not Authorized\"}]}"))));
    }

    /** The first Asana request (the portfolio's projects) takes {@code delay}: the run sits inside step 2. */
    public void asanaPortfolioTakes(Duration delay) {
        overrides.add(proxy.stubFor(any(urlPathMatching(ASANA_PORTFOLIO)).atPriority(1)
                .willReturn(aResponse().proxiedFrom(demoRoot).withFixedDelay((int) delay.toMillis()))));
    }

    /** Asana refuses every write to task {@code gid} with {@code status}, as it does a token without write access. */
    public void asanaRefusesWritesTo(String gid, int status) {
        overrides.add(proxy.stubFor(put(urlPathEqualTo("/api/1.0/tasks/" + gid)).atPriority(1)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"message\":\"You do not have permission to perform this action.\","
                                + "\"help\":\"For more information on API status codes and how to handle them, read the"
                                + " docs on errors: https://developers.asana.com/docs/errors\"}]}"))));
    }

    /** The writes sent to Asana so far ({@code PUT /tasks/{gid}}), in the order they came. */
    public List<LoggedRequest> asanaWrites() {
        return proxy.findAll(putRequestedFor(urlPathMatching(ASANA)));
    }

    /** The organisation as first served again: the values earlier runs wrote back are gone. */
    public void forgetAsanaWrites() {
        demo.forgetWrites();
    }

    /** Back to a healthy, fast organisation. */
    public void heal() {
        overrides.forEach(proxy::removeStub);
        overrides.clear();
    }

    public int gitHubRequests() {
        return proxy.findAll(anyRequestedFor(anyUrl())).size() - asanaRequests();
    }

    /** The requests sent to GitHub so far, as {@code METHOD url}, in the order they came. */
    public List<String> gitHubRequestLines() {
        return proxy.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(request -> !request.getUrl().matches(ASANA))
                .map(request -> request.getMethod() + " " + request.getUrl()).toList();
    }

    /** Forgets the requests so far, so that counting starts again for the next run. */
    public void resetRequests() {
        proxy.resetRequests();
    }

    public int asanaRequests() {
        return proxy.findAll(anyRequestedFor(urlPathMatching(ASANA))).size();
    }

    /** Waits until a run has asked Asana for something, i.e. it is in step 2. */
    public void awaitAsanaRequest(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (asanaRequests() == 0) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no request reached Asana within " + limit);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        proxy.stop();
        demo.close();
    }
}
