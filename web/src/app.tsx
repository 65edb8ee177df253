import { Link, Route, Switch, useLocation } from 'wouter';
import { PageHeading } from './components/page-heading.tsx';
import { ROUTES } from './routes.ts';

function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p>
        There is no page at this address. <Link href="/">Search the ledger</Link> or{' '}
        <Link href="/documents">browse its documents</Link>.
      </p>
    </>
  );
}

function MainNavigation() {
  const [location] = useLocation();
  const current = (href: string) => (href === '/' ? location === '/' : location.startsWith(href));
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {ROUTES.flatMap(({ nav }) =>
          nav
            ? [
                <li key={nav.href}>
                  <Link href={nav.href} aria-current={current(nav.href) ? 'page' : undefined}>
                    {nav.label}
                  </Link>
                </li>,
              ]
            : [],
        )}
      </ul>
    </nav>
  );
}

/** The frame every page shares: a way past the navigation, the navigation, and the page. */
export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="masthead">
        <Link href="/" className="brand">
          Attest
        </Link>
        <MainNavigation />
      </header>
      <main id="main" tabIndex={-1}>
        <Switch>
          {ROUTES.map(({ path, component }) => (
            <Route key={path} path={path} component={component} />
          ))}
          <Route component={NotFoundPage} />
        </Switch>
      </main>
    </>
  );
}
