import { AREAS, areaName } from '@rapor/shared/areas';
import { isAreaBound } from '@rapor/shared/permissions';
import { lazy, Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../../../api/get-me';
import { usePeriods } from '../../../api/get-periods';
import { useLogout } from '../../../api/logout';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { paths } from '../../../config/paths';
import { useCan } from '../../../hooks/use-can';
import { useViewParams } from '../../../hooks/use-view-params';
import { useI18n } from '../../../i18n/i18n';

// a chair's reports due: only chairs load it
const PlanDue = lazy(() => import('./plan-due').then((m) => ({ default: m.PlanDue })));

export function AppShell() {
  const { t, pick } = useI18n();
  const me = useMe().data;
  const can = useCan();
  const logout = useLogout();
  const navigate = useNavigate();
  const { params, set } = useViewParams();
  const search = params?.search ?? '';
  // The year and range belong to the pages that read them; a worksheet, a review or an
  // admin page follows its own URL, and a second year control there would mislead.
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  // A link followed from the folded menu closes it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new page
  useEffect(() => setMenuOpen(false), [pathname]);
  const viewPage =
    pathname === paths.home ||
    pathname === paths.overview ||
    pathname === paths.figures ||
    pathname.startsWith('/areas/');
  // The year a chair works on: the open period, else the latest.
  const periods = usePeriods().data?.periods ?? [];
  const workYear = (periods.findLast((p) => p.state === 'open') ?? periods.at(-1))?.year;
  // the areas as the year in view names them (PPU is Deregulasi Kebijakan from 2020 only)
  const viewFramework = periods.find((p) => p.year === (params?.year ?? workYear))?.frameworkId;

  return (
    <div className="shell">
      <a className="skip" href="#content">
        {t('shell.skip')}
      </a>
      <header className={menuOpen ? 'app-header menu-open' : 'app-header'}>
        <div className="brand-block">
          <NavLink to={`${paths.home}${search}`} className="brand">
            {t('app.name')}
          </NavLink>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        {/* On a phone the navigation and the account fold behind this button (CSS shows it). */}
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav user-block"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('shell.menu')}
        </button>
        <nav id="main-nav" aria-label={t('nav.main')} className="main-nav">
          <NavLink to={`${paths.overview}${search}`} end>
            {t('nav.overview')}
          </NavLink>
          {me &&
            isAreaBound(me.role) &&
            me.areas.map((code) => (
              <NavLink key={code} to={`${paths.area(code)}${search}`}>
                {t('nav.myArea')}: {code}
              </NavLink>
            ))}
          {workYear !== undefined &&
            me?.areas
              .filter((code) => can('result.edit', { area: code }))
              .map((code) => (
                <NavLink key={`entry-${code}`} to={paths.entry(workYear, code)}>
                  {t('nav.worksheet', { code })}
                </NavLink>
              ))}
          {workYear !== undefined &&
            me?.areas
              .filter((code) => can('plan.edit', { area: code }))
              .map((code) => (
                <NavLink key={`plan-${code}`} to={paths.plan(workYear, code)}>
                  {t('nav.plan', { code })}
                </NavLink>
              ))}
          {can('result.evaluate') && <NavLink to={paths.reviewQueue}>{t('nav.review')}</NavLink>}
          <NavLink to={`${paths.figures}${search}`}>{t('nav.figures')}</NavLink>
          <NavLink to={paths.forum}>{t('nav.forum')}</NavLink>
          {can('report.read') && <NavLink to={paths.report}>{t('nav.report')}</NavLink>}
          {can('period.manage') && <NavLink to={paths.periods}>{t('nav.periods')}</NavLink>}
          {can('user.manage') && <NavLink to={paths.users}>{t('nav.users')}</NavLink>}
          {can('audit.read') && <NavLink to={paths.audit}>{t('nav.audit')}</NavLink>}
          {can('framework.import') && (
            <NavLink to={paths.frameworks}>{t('nav.frameworks')}</NavLink>
          )}
          <details className="areas-menu">
            <summary>{t('nav.areas')}</summary>
            <ul>
              {AREAS.map((a) => (
                <li key={a.code}>
                  <NavLink to={`${paths.area(a.code)}${search}`}>
                    <span className="code">{a.code}</span> {pick(areaName(a.code, viewFramework))}
                  </NavLink>
                </li>
              ))}
            </ul>
          </details>
        </nav>
        {params && viewPage && (
          <div className="view-controls">
            <label htmlFor="view-year">{t('shell.year')}</label>
            <select
              id="view-year"
              value={params.year}
              onChange={(e) => set({ year: Number(e.target.value) })}
            >
              {params.years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
            <label htmlFor="view-from">{t('shell.range')}</label>
            <select
              id="view-from"
              value={params.from}
              onChange={(e) => set({ from: Number(e.target.value) })}
            >
              {params.years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
            <label htmlFor="view-to">{t('shell.rangeTo')}</label>
            <select
              id="view-to"
              value={params.to}
              onChange={(e) => set({ to: Number(e.target.value) })}
            >
              {params.years
                .filter((y) => y >= params.from)
                .map((y) => (
                  <option key={y}>{y}</option>
                ))}
            </select>
          </div>
        )}
        <div id="user-block" className="user-block">
          <LanguageSwitch />
          {me && (
            <span className="user">
              <strong>{me.displayName}</strong>
              <span className="role">{t(`role.${me.role}`)}</span>
            </span>
          )}
          <button
            type="button"
            onClick={() => logout.mutate('here', { onSuccess: () => navigate(paths.login) })}
          >
            {t('shell.signOut')}
          </button>
          <button
            type="button"
            className="link sign-out-all"
            onClick={() => logout.mutate('everywhere', { onSuccess: () => navigate(paths.login) })}
          >
            {t('shell.signOutEverywhere')}
          </button>
        </div>
      </header>
      {me &&
        workYear !== undefined &&
        me.areas.some((code) => can('plan.report', { area: code })) && (
          <Suspense fallback={null}>
            <PlanDue
              year={workYear}
              areas={me.areas.filter((code) => can('plan.report', { area: code }))}
            />
          </Suspense>
        )}
      <main id="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
