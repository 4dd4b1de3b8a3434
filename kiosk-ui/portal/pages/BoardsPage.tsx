import type { PortalServices } from '../../../protocol/portal';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { PortalLink } from '../navigation';
import { PageHeading } from '../parts/PageHeading';

/** The 政务公开 boards that have something to read (办事程序、服务承诺、办事纪律、投诉办法 …). */
export function BoardsPage(props: { data: PortalServices }) {
  const { boards } = props.data;
  return (
    <>
      <PageHeading>
        <Text k="kiosk.boards.title" />
      </PageHeading>
      {boards.length === 0 ? (
        <p class="portal-lead"><Text k="kiosk.boards.empty" /></p>
      ) : (
        <>
          <p class="portal-lead"><Text k="kiosk.boards.prompt" /></p>
          <ul class="portal-links">
            {boards.map((board) => (
              <li key={board.id}>
                <PortalLink to={{ page: 'board', boardId: board.id }} testId={`board-link-${board.id}`}>
                  <Stacked mn={board.mn.title} zh={board.zh.title} />
                </PortalLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
