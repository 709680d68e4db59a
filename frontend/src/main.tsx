import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { HashRouter } from 'react-router-dom';
import TiepDan from './App';
import './styles.css';

dayjs.locale('vi');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={viVN}
      theme={{ token: { fontSize: 15, colorPrimary: '#1f4e9c', borderRadius: 4 } }}
    >
      <AntApp>
        {/* Hash routing: the same URLs work in the Wails window and under `tiepdan serve`. */}
        <HashRouter>
          <TiepDan />
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
