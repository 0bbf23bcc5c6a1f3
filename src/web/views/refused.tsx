/** What the Host check (421) says: which name was refused and which setting admits it. */
export function MisdirectedDetail(props: { host: string }) {
  return (
    <>
      <p>
        This console does not answer to <code>{props.host.slice(0, 255)}</code>. It answers to localhost, to
        IP addresses, to the names in its certificate and to the address in <code>VEILDRAFT_PUBLIC_URL</code>.
      </p>
      <p>
        If this is the name you reach Veildraft under (an internal DNS name, a reverse proxy), set{' '}
        <code>VEILDRAFT_PUBLIC_URL</code> to that address, for example{' '}
        <code>https://veildraft.example.org</code>, and restart it. Names outside this list are refused so
        that a web page cannot take over the console by pointing its own name at this machine (DNS rebinding).
      </p>
    </>
  );
}

/** What the Origin check (403) says. */
export function CrossSiteDetail() {
  return (
    <p>
      This request came from another web site, so nothing was changed. Open the console at its own address and
      send the form from there.
    </p>
  );
}
