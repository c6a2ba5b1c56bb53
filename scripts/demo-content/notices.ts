// The demo bulletin board (公告栏): reading-point hours, printing, one expired notice and one current campaign.
import type { Notices } from '../../src/shared/package-format.ts';

export const DEMO_NOTICES: Notices = {
  notices: [
    {
      id: 'opening-hours',
      title: '查阅点开放时间',
      body: '本政府信息公开查阅点开放时间为：周一至周五 9:00—12:00、13:30—17:30，周六 9:00—12:00（法定节假日除外）。需要帮助时，请到服务台找工作人员，或点击屏幕上的“呼叫工作人员”。',
      start: '2026-01-01T00:00:00+08:00',
      end: '2026-12-31T23:59:59+08:00',
    },
    {
      id: 'printing-service',
      title: '打印服务说明',
      body: '查阅点为群众免费打印政府信息公开文件，每人每次自助打印不超过20页；需要打印更多页数或整本文件的，请到服务台由工作人员办理。打印件仅供参考，以原发布机关公开的文本为准。',
    },
    {
      id: 'enrolment-2026',
      title: '2026年义务教育招生政策可在本机查阅',
      body: '《云溪县教育局关于做好2026年义务教育学校招生入学工作的通知》及政策解读已上线，在首页点击“义务教育”即可查阅。没有智能手机的家长，可请工作人员协助完成网上报名。',
      start: '2026-05-15T00:00:00+08:00',
      end: '2026-12-31T23:59:59+08:00',
    },
    {
      id: 'spring-festival-2025',
      title: '2025年春节期间查阅点暂停开放',
      body: '2025年1月28日至2月4日春节假期期间，本查阅点暂停开放，2月5日起恢复正常。假期内可通过云溪县人民政府网站查阅政府信息。',
      start: '2025-01-20T00:00:00+08:00',
      end: '2025-02-05T00:00:00+08:00',
    },
  ],
};
